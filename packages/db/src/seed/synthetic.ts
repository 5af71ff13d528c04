import type { Database } from "../client.ts";
import { addDays, dateOnly, todayInCity } from "../dates.ts";
import type { SeedLog } from "./progress.ts";

/**
 * Fills the database with `total` realistic LIVE offers for benchmarks, under one synthetic
 * organisation with venues in every district. Running it again tops up to `total` (it never
 * duplicates). Rows are written in batches with a progress line.
 */
export const SYNTHETIC_ORG_SLUG = "synthetic-benchmark-partner";
const BATCH = 2_000;

const ACTIVITIES = [
  ["Football", "football"],
  ["Swimming", "swimming"],
  ["Basketball", "basketball"],
  ["Cricket", "cricket"],
  ["Climbing", "climbing"],
  ["Street Dance", "dance"],
  ["Drama", "theatre-and-drama"],
  ["Art", "art-and-craft"],
  ["Photography", "film-and-photography"],
  ["Guitar", "instrument-lessons"],
  ["Choir", "singing-and-choirs"],
  ["Beat Making", "music-production"],
  ["Museum Trail", "museums"],
  ["Reading Club", "reading-clubs"],
  ["Homework Club", "homework-help"],
  ["Nature Walk", "walks-and-adventures"],
  ["Gardening", "gardening"],
  ["Play Session", "play-sessions"],
  ["Coding", "coding"],
  ["Robotics", "robotics-and-making"],
  ["Science Club", "science-clubs"],
  ["Cook-Along", "cooking-classes"],
  ["Youth Club", "youth-centres"],
  ["CV Workshop", "cv-and-interviews"],
  ["Cycling", "cycling"],
] as const;
const ADJECTIVES = [
  "Free",
  "Saturday",
  "After-School",
  "Holiday",
  "Beginners'",
  "Teen",
  "Family",
  "Quiet",
  "Open",
  "Weekend",
  "Junior",
  "Girls'",
  "Inclusive",
];
const PLACES = ["Hub", "Centre", "Park", "Library", "Studio", "Club", "Hall", "Arena", "Pavilion", "Lab"];
const DESCRIPTIONS = [
  "Come along and have a go. No experience needed and all the kit is provided.",
  "Friendly coaches help you learn new skills at your own pace.",
  "Meet new friends and try something different every week.",
  "A relaxed session with quiet breaks and support if you need it.",
  "Drop in when you like; staff are DBS-checked and will show you round.",
];

export async function seedSynthetic(db: Database, total: number, log: SeedLog, now: Date = new Date()): Promise<void> {
  const districts = await db.district.findMany({ orderBy: { position: "asc" } });
  const categories = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  if (districts.length === 0 || categories.size === 0) throw new Error("Seed the reference data first (pnpm db seed).");

  const org = await db.organisation.upsert({
    where: { slug: SYNTHETIC_ORG_SLUG },
    update: {},
    create: {
      slug: SYNTHETIC_ORG_SLUG,
      name: "Synthetic Benchmark Partner",
      type: "OTHER",
      verificationStatus: "VERIFIED",
      description: "Generated data for benchmarks.",
    },
  });
  const venuesPerDistrict = 20;
  await db.venue.createMany({
    data: districts.flatMap((d, di) =>
      Array.from({ length: venuesPerDistrict }, (_, i) => ({
        id: `synv_${di}_${i}`,
        slug: `synthetic-${d.slug}-${i}`,
        organisationId: org.id,
        districtId: d.id,
        name: `${d.name} ${PLACES[i % PLACES.length]} ${i + 1}`,
        addressLine1: `${i + 1} High Street`,
        town: "Birmingham",
        postcode: "B1 1AA",
        latitude: d.latitude + (((i * 37) % 21) - 10) / 1000,
        longitude: d.longitude + (((i * 53) % 21) - 10) / 1000,
        accessFeatures: i % 3 === 0 ? (["STEP_FREE", "ACCESSIBLE_TOILET"] as const).slice() : [],
        status: "APPROVED" as const,
      })),
    ),
    skipDuplicates: true,
  });

  const existing = await db.offer.count({ where: { organisationId: org.id } });
  if (existing >= total) {
    log.line(`  synthetic offers: up to date (${existing.toLocaleString("en-GB")})`);
    return;
  }
  const today = todayInCity(now);
  for (let start = existing; start < total; start += BATCH) {
    const end = Math.min(total, start + BATCH);
    const rows = Array.from({ length: end - start }, (_, k) =>
      syntheticOffer(start + k, org.id, districts.length, venuesPerDistrict, today, categories),
    );
    await db.$transaction(
      async (tx) => {
        await tx.offer.createMany({ data: rows.map((r) => r.offer) });
        await tx.offerRevision.createMany({ data: rows.map((r) => r.revision) });
        // biome-ignore lint/style/noNonNullAssertion: rows is a non-empty batch here
        await tx.$executeRaw`UPDATE offer SET live_revision_id = 'synr_' || substr(id, 6) WHERE id >= ${rows[0]!.offer.id} AND id <= ${rows.at(-1)!.offer.id} AND organisation_id = ${org.id} AND live_revision_id IS NULL`;
        await tx.reviewDecision.createMany({
          data: rows.map((r) => ({ organisationId: org.id, revisionId: r.revision.id, outcome: "APPROVED" as const })),
        });
        await tx.offerCategory.createMany({
          data: rows.map((r) => ({ offerId: r.offer.id, categoryId: r.categoryId })),
        });
        await tx.offerVenue.createMany({ data: rows.map((r) => ({ offerId: r.offer.id, venueId: r.venueId })) });
        await tx.offerSchedule.createMany({ data: rows.map((r) => r.schedule) });
      },
      { timeout: 120_000 },
    );
    log.progress("synthetic offers", end, total);
  }
}

function syntheticOffer(
  i: number,
  organisationId: string,
  districtCount: number,
  venuesPerDistrict: number,
  today: string,
  categories: Map<string, string>,
) {
  const id = `syno_${String(i).padStart(9, "0")}`;
  // biome-ignore lint/style/noNonNullAssertion: an index modulo the length is always inside the array
  const [activity, categorySlug] = ACTIVITIES[i % ACTIVITIES.length]!;
  // biome-ignore lint/style/noNonNullAssertion: an index modulo the length is always inside the array
  const adjective = ADJECTIVES[(i * 7) % ADJECTIVES.length]!;
  const minAge = 5 + ((i * 3) % 12);
  const maxAge = Math.min(25, minAge + 3 + ((i * 5) % 9));
  const weekly = i % 4 !== 0;
  const start = 9 * 60 + ((i * 30) % (10 * 60));
  const date = addDays(today, (i % 90) - 10);
  const venueId = `synv_${i % districtCount}_${Math.floor(i / districtCount) % venuesPerDistrict}`;
  return {
    offer: {
      id,
      organisationId,
      slug: `synthetic-${i}`,
      status: "LIVE" as const,
      title: `${adjective} ${activity} ${i % 997}`,
      summary: `${adjective} ${activity.toLowerCase()} sessions for ages ${minAge} to ${maxAge}. ${DESCRIPTIONS[i % DESCRIPTIONS.length]}`,
      description: DESCRIPTIONS.slice(0, 1 + (i % DESCRIPTIONS.length)).join("\n\n"),
      minAge,
      maxAge,
      aloneFromAge: i % 3 === 0 ? null : Math.max(minAge, 12),
      // biome-ignore lint/style/noNonNullAssertion: an index modulo the length is always inside the array
      takeUpMethod: (["TURN_UP", "BOOK_AHEAD", "SHOW_CODE", "ASK_AT_DESK"] as const)[i % 4]!,
      bookingUrl: i % 4 === 1 ? "https://example.org/book" : null,
      takeUpCode: i % 4 === 2 ? "FREECITY" : null,
      sendFriendly: i % 5 === 0,
      quietSessions: i % 7 === 0,
      dbsCheckedStaff: i % 10 !== 0,
      startsOn: weekly ? dateOnly(addDays(today, -30)) : dateOnly(date),
      endsOn: weekly ? dateOnly(addDays(today, 120)) : dateOnly(date),
      publishedAt: new Date(),
      lastConfirmedAt: new Date(),
    },
    revision: {
      id: `synr_${id.slice(5)}`,
      offerId: id,
      number: 1,
      status: "APPROVED" as const,
      content: {},
      submittedAt: new Date(),
    },
    // biome-ignore lint/style/noNonNullAssertion: the catalogue is seeded before synthetic offers, so there is always a category
    categoryId: categories.get(categorySlug) ?? [...categories.values()][0]!,
    venueId,
    schedule: {
      offerId: id,
      kind: weekly ? ("WEEKLY" as const) : ("ONE_OFF" as const),
      dayOfWeek: weekly ? 1 + (i % 7) : null,
      date: weekly ? null : dateOnly(date),
      startMinute: start,
      endMinute: start + 60 + (i % 3) * 30,
      validFrom: weekly ? dateOnly(addDays(today, -30)) : null,
      validTo: weekly ? dateOnly(addDays(today, 120)) : null,
    },
  };
}
