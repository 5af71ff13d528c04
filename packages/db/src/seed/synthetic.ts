import type { Database } from "../client.ts";
import { addDays, dateOnly, todayInCity } from "../dates.ts";
import type { SeedLog } from "./progress.ts";

/**
 * Fills the database with `total` LIVE offers shaped like a city for benchmarks (so the planner
 * sees what it would in production): many small organisations and a few big ones, venues
 * clustered in the centre, sessions mostly at weekends and after school, popular activities more
 * common. Every draw is a hash of the row's number, so two runs make the same city. Running it
 * again tops up to `total` (it never duplicates). Rows are written in batches with a progress line.
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

/** A number in [0, 1) from an integer and a salt: the same every run, spread like a random draw. */
function unit(i: number, salt: number): number {
  let h = Math.imul(i ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** Picks from weighted choices with a number in [0, 1). */
function weighted<T>(u: number, choices: readonly (readonly [T, number])[]): T {
  const sum = choices.reduce((s, [, w]) => s + w, 0);
  let left = u * sum;
  for (const [value, weight] of choices) {
    left -= weight;
    if (left < 0) return value;
  }
  // biome-ignore lint/style/noNonNullAssertion: choices is a non-empty constant
  return choices.at(-1)![0];
}

/**
 * How big the synthetic city is for `total` offers: one organisation per 10 offers (most with a
 * handful, a few with thousands) and one venue per 25 offers.
 */
export function syntheticCity(total: number) {
  return { organisations: Math.max(3, Math.round(total / 10)), venues: Math.max(20, Math.round(total / 25)) };
}

/**
 * The organisation of offer i: a power law (index = n·u⁴), so the first few organisations hold a
 * large share (the top 1 % about a third, like a council service or a national programme) and
 * most hold one to five offers, like a church hall or a small club.
 */
const organisationOf = (i: number, organisations: number) => Math.floor(organisations * unit(i, 1) ** 4);

/** Session days: Saturday busiest, then the weekdays and Sunday (ISO 1 = Monday); a third at weekends. */
const DAYS = [
  [1, 13],
  [2, 14],
  [3, 14],
  [4, 14],
  [5, 12],
  [6, 21],
  [7, 12],
] as const;

export async function seedSynthetic(db: Database, total: number, log: SeedLog, now: Date = new Date()): Promise<void> {
  const districts = await db.district.findMany({ orderBy: { position: "asc" } });
  const categories = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  if (districts.length === 0 || categories.size === 0) throw new Error("Seed the reference data first (pnpm db seed).");

  const existing = await db.offer.count({ where: { slug: { startsWith: "synthetic-" } } });
  if (existing >= total) {
    log.line(`  synthetic offers: up to date (${existing.toLocaleString("en-GB")})`);
    return;
  }
  const city = syntheticCity(total);
  // The first organisation keeps the old slug, so a database seeded before finds it again.
  const organisationIds = Array.from({ length: city.organisations }, (_, k) => `syno_org_${k}`);
  for (let start = 0; start < city.organisations; start += BATCH) {
    await db.organisation.createMany({
      data: organisationIds.slice(start, start + BATCH).map((id, k) => ({
        id,
        slug: start + k === 0 ? SYNTHETIC_ORG_SLUG : `synthetic-partner-${start + k}`,
        name: start + k === 0 ? "Synthetic Benchmark Partner" : `Synthetic Partner ${start + k}`,
        type: "OTHER" as const,
        verificationStatus: "VERIFIED" as const,
        description: "Generated data for benchmarks.",
      })),
      skipDuplicates: true,
    });
  }
  // Venues cluster in the centre (the middle of the districts): the distance from it is drawn
  // from an exponential (half the venues within ~3 km, a tenth beyond 10 km), and each venue
  // belongs to the district whose centre is nearest.
  const centre = {
    lat: districts.reduce((s, d) => s + d.latitude, 0) / districts.length,
    lng: districts.reduce((s, d) => s + d.longitude, 0) / districts.length,
  };
  const venues = Array.from({ length: city.venues }, (_, v) => {
    const km = Math.min(12, -4.5 * Math.log(1 - unit(v, 11)));
    const angle = 2 * Math.PI * unit(v, 12);
    const latitude = centre.lat + (km / 111.2) * Math.sin(angle);
    const longitude = centre.lng + (km / (111.2 * Math.cos((centre.lat * Math.PI) / 180))) * Math.cos(angle);
    // biome-ignore lint/style/noNonNullAssertion: districts is non-empty (checked above)
    const district = districts.reduce((best, d) =>
      (d.latitude - latitude) ** 2 + (d.longitude - longitude) ** 2 <
      (best.latitude - latitude) ** 2 + (best.longitude - longitude) ** 2
        ? d
        : best,
    )!;
    return {
      id: `synv_${v}`,
      slug: `synthetic-venue-${v}`,
      // biome-ignore lint/style/noNonNullAssertion: an index modulo the length is always inside the array
      organisationId: organisationIds[organisationOf(v, city.organisations)]!,
      districtId: district.id,
      name: `${district.name} ${PLACES[v % PLACES.length]} ${v + 1}`,
      addressLine1: `${(v % 200) + 1} High Street`,
      town: "Birmingham",
      postcode: "B1 1AA",
      latitude,
      longitude,
      accessFeatures: v % 3 === 0 ? (["STEP_FREE", "ACCESSIBLE_TOILET"] as const).slice() : [],
      status: "APPROVED" as const,
    };
  });
  for (let start = 0; start < venues.length; start += BATCH) {
    await db.venue.createMany({ data: venues.slice(start, start + BATCH), skipDuplicates: true });
  }

  const today = todayInCity(now);
  for (let start = existing; start < total; start += BATCH) {
    const end = Math.min(total, start + BATCH);
    const rows = Array.from({ length: end - start }, (_, k) =>
      syntheticOffer(start + k, organisationIds, city.venues, today, categories),
    );
    await db.$transaction(
      async (tx) => {
        await tx.offer.createMany({ data: rows.map((r) => r.offer) });
        await tx.offerRevision.createMany({ data: rows.map((r) => r.revision) });
        // biome-ignore lint/style/noNonNullAssertion: rows is a non-empty batch here
        await tx.$executeRaw`UPDATE offer SET live_revision_id = 'synr_' || substr(id, 6) WHERE id >= ${rows[0]!.offer.id} AND id <= ${rows.at(-1)!.offer.id} AND live_revision_id IS NULL`;
        await tx.reviewDecision.createMany({
          data: rows.map((r) => ({
            organisationId: r.offer.organisationId,
            revisionId: r.revision.id,
            outcome: "APPROVED" as const,
          })),
        });
        await tx.offerCategory.createMany({
          data: rows.map((r) => ({ offerId: r.offer.id, categoryId: r.categoryId })),
        });
        await tx.offerVenue.createMany({ data: rows.map((r) => ({ offerId: r.offer.id, venueId: r.venueId })) });
        await tx.offerSchedule.createMany({ data: rows.flatMap((r) => r.schedules) });
      },
      { timeout: 120_000 },
    );
    log.progress("synthetic offers", end, total);
  }
}

/** Age ranges as partners write them: mostly secondary or primary age, a few open-ended. */
const AGE_RANGES: readonly (readonly [readonly [number | null, number | null], number])[] = [
  [[11, 16], 25],
  [[11, 18], 15],
  [[5, 11], 15],
  [[8, 14], 12],
  [[13, 19], 10],
  [[0, 5], 5],
  [[16, 25], 6],
  [[null, null], 7],
  [[7, null], 5],
] as const;

function syntheticOffer(
  i: number,
  organisationIds: string[],
  venueCount: number,
  today: string,
  categories: Map<string, string>,
) {
  const id = `syno_${String(i).padStart(9, "0")}`;
  const organisation = organisationOf(i, organisationIds.length);
  // Popular activities first: football and swimming far more often than robotics.
  // biome-ignore lint/style/noNonNullAssertion: an index below the length is always inside the array
  const [activity, categorySlug] = ACTIVITIES[Math.floor(ACTIVITIES.length * unit(i, 2) ** 1.6)]!;
  // biome-ignore lint/style/noNonNullAssertion: an index modulo the length is always inside the array
  const adjective = ADJECTIVES[(i * 7) % ADJECTIVES.length]!;
  const [minAge, maxAge] = weighted(unit(i, 3), AGE_RANGES);
  const weekly = unit(i, 4) >= 0.25;
  // One-off dates over the next three months; nearly half moved on to the Saturday after.
  const drawn = addDays(today, Math.floor(unit(i, 5) * 100) - 10);
  const date = unit(i, 9) < 0.45 ? addDays(drawn, (6 - dateOnly(drawn).getUTCDay() + 7) % 7) : drawn;
  const oneOffWeekend = [0, 6].includes(dateOnly(date).getUTCDay());
  // An organisation runs its offers at venues near each other: a big one across many venues, a
  // small one at one or two.
  const spread = Math.max(2, Math.floor(400 / (organisation + 1)));
  const venueIndex = (Math.floor(unit(organisation, 6) * venueCount) + Math.floor(unit(i, 7) * spread)) % venueCount;
  // One offer in five runs twice a week.
  const sessions = unit(i, 8) < 0.2 ? 2 : 1;
  const schedules = Array.from({ length: weekly ? sessions : 1 }, (_, k) => {
    const day = weekly ? weighted(unit(i, 9 + k), DAYS) : null;
    const weekend = day === null ? oneOffWeekend : day >= 6;
    // Weekdays: mostly after school (15:30–18:30), the rest in the day (toddlers, holidays);
    // weekends: 9:00–16:00.
    const start = weekend
      ? 9 * 60 + 30 * Math.floor(unit(i, 20 + k) * 15)
      : unit(i, 20 + k) < 0.6
        ? 15 * 60 + 30 + 30 * Math.floor(unit(i, 30 + k) * 7)
        : 9 * 60 + 30 * Math.floor(unit(i, 30 + k) * 12);
    return {
      offerId: id,
      kind: weekly ? ("WEEKLY" as const) : ("ONE_OFF" as const),
      dayOfWeek: day,
      date: weekly ? null : dateOnly(date),
      startMinute: start,
      endMinute: start + 60 + (i % 3) * 30,
      validFrom: weekly ? dateOnly(addDays(today, -30)) : null,
      validTo: weekly ? dateOnly(addDays(today, 120)) : null,
    };
  });
  return {
    offer: {
      id,
      // biome-ignore lint/style/noNonNullAssertion: organisationOf returns an index inside the list
      organisationId: organisationIds[organisation]!,
      slug: `synthetic-${i}`,
      status: "LIVE" as const,
      title: `${adjective} ${activity} ${i % 997}`,
      summary: `${adjective} ${activity.toLowerCase()} sessions${minAge !== null && maxAge !== null ? ` for ages ${minAge} to ${maxAge}` : ""}. ${DESCRIPTIONS[i % DESCRIPTIONS.length]}`,
      description: DESCRIPTIONS.slice(0, 1 + (i % DESCRIPTIONS.length)).join("\n\n"),
      minAge,
      maxAge,
      aloneFromAge: unit(i, 40) < 0.4 ? null : Math.max(minAge ?? 0, 11),
      costType: unit(i, 41) < 0.88 ? ("FREE" as const) : ("FREE_WITH_CONDITION" as const),
      costCondition: unit(i, 41) < 0.88 ? null : "Free with a Holiday Activities code",
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
    venueId: `synv_${venueIndex}`,
    schedules,
  };
}
