import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  getPhotoStorage,
  type PhotoStorage,
  type ProcessedPhoto,
  photoKey,
  processPhoto,
  storePhoto,
} from "@free-city/photos";
import { CATEGORY_ICON_PATHS, categoryIconPath, categoryPalette } from "@free-city/photos/illustrations";
import sharp from "sharp";
import type { Database } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { DATA_DIR } from "../paths.ts";

/**
 * The demo's photos, drawn here (no stock images): a poster for each kind of activity, from
 * shapes in the category's colours and its icon (the drawings the portal uses too, defined once
 * in @free-city/photos/illustrations). Each picture goes through the same processing as an upload (`processPhoto`), so the
 * demo shows exactly what a partner's photo would be.
 */

/** Pictures per icon: offers of one kind get different ones. */
export const DEMO_PICTURES_PER_ICON = 2;
const WIDTH = 640;
const HEIGHT = 400;
/** Bump when the drawings change: cached pictures of an older drawing are made again. */
const DRAWING_VERSION = 1;

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One poster as SVG: a sky, hills, soft circles, confetti and the icon on a disc. */
export function drawDemoPicture(icon: string, variant: number): string {
  const path = categoryIconPath(icon);
  const [sky, light, accent, dark] = categoryPalette(icon);
  const rnd = random([...icon].reduce((h, c) => h * 31 + c.charCodeAt(0), variant + 7));
  const between = (a: number, b: number) => a + (b - a) * rnd();
  const circles = Array.from({ length: 5 }, (_, i) => {
    const colour = [accent, light, dark, accent, light][i];
    return `<circle cx="${between(0, WIDTH).toFixed(0)}" cy="${between(0, HEIGHT * 0.7).toFixed(0)}" r="${between(30, 120).toFixed(0)}" fill="${colour}" opacity="${between(0.25, 0.6).toFixed(2)}"/>`;
  }).join("");
  const confetti = Array.from({ length: 14 }, (_, i) => {
    const x = between(20, WIDTH - 20).toFixed(0);
    const y = between(20, HEIGHT - 20).toFixed(0);
    const colour = i % 3 === 0 ? dark : i % 3 === 1 ? accent : light;
    return `<rect x="${x}" y="${y}" width="${between(8, 18).toFixed(0)}" height="${between(4, 9).toFixed(0)}" rx="3" fill="${colour}" transform="rotate(${between(0, 180).toFixed(0)} ${x} ${y})"/>`;
  }).join("");
  const hill = (base: number, amplitude: number, colour: string, opacity: number) => {
    const peak = between(0.2, 0.8) * WIDTH;
    return `<path d="M0 ${HEIGHT} L0 ${base.toFixed(0)} Q${peak.toFixed(0)} ${(base - amplitude).toFixed(0)} ${WIDTH} ${(base + between(-30, 30)).toFixed(0)} L${WIDTH} ${HEIGHT} Z" fill="${colour}" opacity="${opacity}"/>`;
  };
  const side = variant % 2 === 0 ? 0.36 : 0.64;
  const cx = WIDTH * side;
  const cy = HEIGHT * 0.46;
  const r = 100;
  const scale = 6;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="${variant % 2}" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${sky}"/></linearGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
${circles}
${hill(HEIGHT * 0.72, 80, accent, 0.55)}
${hill(HEIGHT * 0.82, 55, dark, 0.85)}
${confetti}
<circle cx="${cx}" cy="${cy + 10}" r="${r}" fill="${dark}" opacity="0.25"/>
<circle cx="${cx}" cy="${cy}" r="${r}" fill="${light}"/>
<g transform="translate(${cx - 12 * scale} ${cy - 12 * scale}) scale(${scale})"><path d="${path}" fill="none" stroke="${dark}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></g>
</svg>`;
}

export type DemoPicture = Omit<ProcessedPhoto, "files">;

type Cache = Record<string, DemoPicture>;

/**
 * The demo pictures for these icons, processed and in storage. Processing is what takes time,
 * so what it made is remembered in `cacheFile` (under `.data/`): a later seed (after `pnpm db
 * reset`, say) only checks the files are still in storage.
 */
export async function prepareDemoPictures(
  { storage, cacheFile }: DemoPhotoOptions,
  icons: string[] = Object.keys(CATEGORY_ICON_PATHS),
): Promise<Map<string, DemoPicture[]>> {
  const cache: Cache =
    cacheFile && existsSync(cacheFile)
      ? (JSON.parse(await readFile(cacheFile, "utf8").catch(() => "{}")) as Cache)
      : {};
  let changed = false;
  const pictures = new Map<string, DemoPicture[]>();
  for (const icon of icons) {
    const list: DemoPicture[] = [];
    for (let variant = 0; variant < DEMO_PICTURES_PER_ICON; variant++) {
      const svg = drawDemoPicture(icon, variant);
      const name = createHash("sha256").update(`${DRAWING_VERSION}:${svg}`).digest("hex").slice(0, 16);
      const cached = cache[name];
      const file = cached?.variants[0];
      if (cached && file && (await storage.get(photoKey(cached.hash, file.width, file.format)))) {
        list.push(cached);
        continue;
      }
      const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 0 }).toBuffer();
      const processed = await processPhoto(png, { fast: true });
      await storePhoto(storage, processed);
      const { files: _files, ...picture } = processed;
      cache[name] = picture;
      changed = true;
      list.push(picture);
    }
    pictures.set(icon, list);
  }
  if (cacheFile && changed) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify(cache));
  }
  return pictures;
}

/** What each icon's drawing shows, for its alt text. */
const DRAWN: Record<string, string> = {
  ball: "a football",
  palette: "a paint palette",
  music: "two music notes",
  museum: "a museum building",
  book: "an open book",
  leaf: "a leaf",
  flask: "a science flask",
  people: "two people",
  chef: "a chef's hat",
  briefcase: "a work bag",
  home: "a house",
};

export type DemoPhotoOptions = {
  storage: PhotoStorage;
  /** Where the processed drawings are remembered between seeds (null: made every time). */
  cacheFile: string | null;
};

/** The app's photo storage (FREE_CITY_UPLOADS_DIR or S3_BUCKET), the drawings remembered in the data folder. */
export function demoPhotoOptions(): DemoPhotoOptions {
  return { storage: getPhotoStorage(), cacheFile: path.join(DATA_DIR, "demo-photos.json") };
}

/** A number from a slug, so which offers get which pictures stays the same on every seed. */
function slugNumber(slug: string): number {
  return createHash("sha256").update(slug).digest().readUInt32BE(0);
}

type Seeds = {
  offers: { slug: string; categories: string[] }[];
  venues: { slug: string }[];
};

/**
 * Photos for the demo offers and venues: most offers get a cover (every revision of the offer
 * has it, as a partner's would), some a second photo; about one in seven keeps the category
 * drawing the portal shows where there is no photo. Only listings that never had a photo get
 * one, so a second run changes nothing and a photo removed in the demo stays removed. The
 * pictures (`prepareDemoPictures`) are made meanwhile, beside the offers' seeding.
 */
export async function seedDemoPhotos(
  db: Database,
  seeds: Seeds,
  prepared: Promise<Map<string, DemoPicture[]>>,
): Promise<{ offers: number; venues: number }> {
  const categories = await db.category.findMany({
    select: { slug: true, icon: true, parent: { select: { icon: true } } },
  });
  const iconOf = new Map(categories.map((c) => [c.slug, c.parent?.icon ?? c.icon ?? "people"]));
  const offers = await db.offer.findMany({
    where: { slug: { in: seeds.offers.map((o) => o.slug) } },
    select: { id: true, slug: true, organisationId: true, revisions: { select: { id: true } } },
  });
  const venues = await db.venue.findMany({
    where: { slug: { in: seeds.venues.map((v) => v.slug) }, status: "APPROVED" },
    select: { id: true, slug: true, organisationId: true },
  });
  // Listings that have (or had) photos are left alone.
  const touched = new Set(
    (
      await db.auditEvent.findMany({
        where: { action: { contains: ".photo" }, entityId: { in: [...offers, ...venues].map((l) => l.id) } },
        select: { entityId: true },
      })
    ).map((e) => e.entityId),
  );
  const withPhotos = new Set(
    (
      await db.listingPhoto.findMany({
        where: {
          OR: [
            { revision: { offerId: { in: offers.map((o) => o.id) } } },
            { venueId: { in: venues.map((v) => v.id) } },
          ],
        },
        select: { venueId: true, revision: { select: { offerId: true } } },
      })
    ).map((p) => p.venueId ?? p.revision?.offerId),
  );
  const categoriesOf = new Map(seeds.offers.map((o) => [o.slug, o.categories]));
  const offersToDo = offers.filter(
    (o) => slugNumber(o.slug) % 7 !== 0 && !touched.has(o.id) && !withPhotos.has(o.id) && o.revisions.length > 0,
  );
  const venuesToDo = venues.filter((v) => slugNumber(v.slug) % 3 !== 0 && !touched.has(v.id) && !withPhotos.has(v.id));
  if (offersToDo.length === 0 && venuesToDo.length === 0) return { offers: 0, venues: 0 };

  const pictures = await prepared;
  const pick = (icon: string, n: number): DemoPicture => {
    const list = pictures.get(icon) ?? pictures.get("people") ?? [];
    const picture = list[n % list.length];
    if (!picture) throw new Error(`No demo picture for "${icon}".`);
    return picture;
  };

  type Placement = { icon: string; picture: DemoPicture };
  const plans: { organisationId: string; revisionIds: string[]; venueId: string | null; photos: Placement[] }[] = [];
  for (const offer of offersToDo) {
    const n = slugNumber(offer.slug);
    const icons = (categoriesOf.get(offer.slug) ?? []).map((c) => iconOf.get(c) ?? "people");
    const first = icons[0] ?? "people";
    const photos: Placement[] = [{ icon: first, picture: pick(first, n) }];
    // A third of them get a second photo: another category's, or the other drawing of the first.
    if (n % 3 === 0) {
      const second = icons.find((i) => i !== first) ?? first;
      const picture = pick(second, second === first ? n + 1 : n);
      if (picture.hash !== photos[0]?.picture.hash) photos.push({ icon: second, picture });
    }
    plans.push({
      organisationId: offer.organisationId,
      revisionIds: offer.revisions.map((r) => r.id),
      venueId: null,
      photos,
    });
  }
  for (const venue of venuesToDo) {
    const icon = slugNumber(venue.slug) % 2 === 0 ? "home" : "museum";
    plans.push({
      organisationId: venue.organisationId,
      revisionIds: [],
      venueId: venue.id,
      photos: [{ icon, picture: pick(icon, slugNumber(venue.slug)) }],
    });
  }

  // Ids made here, so each placement knows its photo without relying on the order rows come back in.
  const photoRows: Prisma.PhotoCreateManyInput[] = [];
  const listingRows: Prisma.ListingPhotoCreateManyInput[] = [];
  for (const plan of plans) {
    plan.photos.forEach(({ icon, picture }, position) => {
      const photoId = `demo_${randomUUID().replaceAll("-", "")}`;
      photoRows.push({
        id: photoId,
        organisationId: plan.organisationId,
        hash: picture.hash,
        width: picture.width,
        height: picture.height,
        placeholder: picture.placeholder,
        colour: picture.colour,
        variants: picture.variants,
      });
      const details = {
        photoId,
        position,
        isCover: position === 0,
        people: "NONE" as const,
        altText: `A drawing of ${DRAWN[icon] ?? "two people"} in a circle, with hills and coloured shapes around it`,
      };
      if (plan.venueId) listingRows.push({ ...details, venueId: plan.venueId, pending: false });
      for (const revisionId of plan.revisionIds) listingRows.push({ ...details, revisionId });
    });
  }
  await db.$transaction([db.photo.createMany({ data: photoRows }), db.listingPhoto.createMany({ data: listingRows })]);
  return { offers: offersToDo.length, venues: venuesToDo.length };
}
