import type { OfferContent, ScheduleItem } from "@free-city/schemas";
import { recordAuditEvent } from "../audit.ts";
import type { Database } from "../client.ts";
import { addDays, todayInCity, toIsoDate } from "../dates.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { applyOfferContent } from "../offers/content.ts";
import type { DemoOfferSeed, DemoScheduleSeed } from "./formats.ts";
import type { DemoSeeds } from "./load.ts";
import type { SeedLog } from "./progress.ts";
import { requireId } from "./reference.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Demo data: accounts, organisations, venues and offers in every state, so people (and
 * acceptance checks) can try the whole product on a fresh clone. Rows are keyed by email or slug
 * and only created when missing, so a second run changes nothing and edits made in the demo
 * survive a restart. Dates are relative to the day of seeding.
 */
export async function seedDemo(db: Database, seeds: DemoSeeds, log: SeedLog, now: Date = new Date()): Promise<void> {
  const users = await db.user.createMany({
    data: seeds.users.map((u) => ({ email: u.email, name: u.name, staffRole: u.staffRole ?? null })),
    skipDuplicates: true,
  });
  log.step("demo accounts", users.count, seeds.users.length);
  const userIds = new Map((await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const moderator = await db.user.findFirst({ where: { staffRole: { not: null } }, orderBy: { staffRole: "asc" } });
  const reviewer = moderator ? { id: moderator.id, label: moderator.email } : null;

  const existingOrgs = new Set((await db.organisation.findMany({ select: { slug: true } })).map((o) => o.slug));
  let orgsCreated = 0;
  for (const org of seeds.organisations) {
    if (existingOrgs.has(org.slug)) continue;
    const { members, verified, ...fields } = org;
    // Partners agree to the pledge when they register.
    const registeredAt = new Date(now.getTime() - (verified ? 120 : 2) * DAY_MS);
    await db.organisation.create({
      data: {
        ...fields,
        pledgeAgreedAt: registeredAt,
        verificationStatus: verified ? "VERIFIED" : "UNVERIFIED",
        verifiedAt: verified ? new Date(now.getTime() - 100 * DAY_MS) : null,
        verifiedById: verified ? (reviewer?.id ?? null) : null,
        createdAt: registeredAt,
        memberships: { create: members.map((m) => ({ role: m.role, userId: requireId(userIds, m.email, "user") })) },
      },
    });
    orgsCreated++;
  }
  log.step("organisations", orgsCreated, seeds.organisations.length);
  const orgIds = new Map(
    (await db.organisation.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]),
  );
  const districtIds = new Map(
    (await db.district.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]),
  );

  const venues = await db.venue.createMany({
    data: seeds.venues.map(({ organisation, district, openingHours, ...venue }) => ({
      ...venue,
      openingHours,
      organisationId: requireId(orgIds, organisation, "organisation"),
      districtId: requireId(districtIds, district, "district"),
    })),
    skipDuplicates: true,
  });
  log.step("venues", venues.count, seeds.venues.length);

  const venueIds = new Map((await db.venue.findMany({ select: { id: true, slug: true } })).map((v) => [v.slug, v.id]));
  const categoryIds = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  const holidays = new Map(
    (await db.schoolHoliday.findMany()).map((h) => [h.name, { from: toIsoDate(h.startsOn), to: toIsoDate(h.endsOn) }]),
  );
  const existingOffers = new Set((await db.offer.findMany({ select: { slug: true } })).map((o) => o.slug));
  const today = todayInCity(now);

  const missing = seeds.offers.filter((o) => !existingOffers.has(o.slug));
  let done = 0;
  for (const seed of missing) {
    const content = toContent(seed, { today, venueIds, categoryIds, holidays });
    const organisationId = requireId(orgIds, seed.organisation, "organisation");
    const owner = seeds.organisations.find((o) => o.slug === seed.organisation)?.members[0];
    const author = owner ? { id: requireId(userIds, owner.email, "user"), label: owner.email } : null;
    await db.$transaction((tx) => createDemoOffer(tx, { seed, content, organisationId, author, reviewer, now }), {
      timeout: 30_000,
    });
    log.progress("offers", ++done, missing.length);
  }
  if (missing.length === 0) log.step("offers", 0, seeds.offers.length);
}

type Lookups = {
  today: string;
  venueIds: Map<string, string>;
  categoryIds: Map<string, string>;
  holidays: Map<string, { from: string; to: string }>;
};

function toContent(seed: DemoOfferSeed, lookups: Lookups): OfferContent {
  return {
    title: seed.title,
    summary: seed.summary,
    description: seed.description,
    categoryIds: seed.categories.map((c) => requireId(lookups.categoryIds, c, "category")),
    minAge: seed.minAge,
    maxAge: seed.maxAge,
    aloneFromAge: seed.aloneFromAge,
    costType: seed.costType,
    costCondition: seed.costCondition ?? null,
    capacity: seed.capacity ?? null,
    schedules: seed.schedules.flatMap((s) => toSchedules(s, lookups)),
    cancellations: seed.cancellations.map((c) => ({ date: addDays(lookups.today, c.inDays), reason: c.reason })),
    venueIds: seed.venues.map((v) => requireId(lookups.venueIds, v, "venue")),
    takeUpMethod: seed.takeUpMethod,
    bookingUrl: seed.bookingUrl ?? null,
    bookingPhone: seed.bookingPhone ?? null,
    takeUpCode: seed.takeUpCode ?? null,
    takeUpNotes: seed.takeUpNotes,
    sendFriendly: seed.sendFriendly,
    quietSessions: seed.quietSessions,
    accessNotes: seed.accessNotes,
    dbsCheckedStaff: seed.dbsCheckedStaff,
    safeguardingNotes: seed.safeguardingNotes,
    language: seed.language,
    translations: seed.translations,
  };
}

function toSchedules(s: DemoScheduleSeed, { today, holidays }: Lookups): ScheduleItem[] {
  const base = { startTime: s.start, endTime: s.end, venueId: null };
  if ("weekly" in s) {
    return [
      {
        ...base,
        kind: "WEEKLY",
        dayOfWeek: s.weekly,
        date: null,
        validFrom: addDays(today, s.fromDays),
        validTo: addDays(today, s.toDays),
      },
    ];
  }
  if ("once" in s) {
    return [
      { ...base, kind: "ONE_OFF", dayOfWeek: null, date: addDays(today, s.once), validFrom: null, validTo: null },
    ];
  }
  const holiday = holidays.get(s.holiday);
  if (!holiday) throw new Error(`Unknown school holiday "${s.holiday}" in seeds/demo/offers.json.`);
  return [1, 2, 3, 4, 5].map((day) => ({
    ...base,
    kind: "WEEKLY" as const,
    dayOfWeek: day,
    date: null,
    validFrom: holiday.from,
    validTo: holiday.to,
  }));
}

type DemoOfferInput = {
  seed: DemoOfferSeed;
  content: OfferContent;
  organisationId: string;
  author: { id: string; label: string } | null;
  reviewer: { id: string; label: string } | null;
  now: Date;
};

/** One demo offer with the history its state implies (revision, decision, audit events). */
async function createDemoOffer(tx: Prisma.TransactionClient, input: DemoOfferInput): Promise<void> {
  const { seed, content, organisationId, author, reviewer, now } = input;
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS);
  const actor = author ?? "system";
  const offer = await tx.offer.create({
    data: {
      organisationId,
      slug: seed.slug,
      title: content.title,
      createdById: author?.id ?? null,
      createdAt: daysAgo(seed.lastConfirmedDaysAgo + 20),
    },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "offer.created",
    entityType: "offer",
    entityId: offer.id,
    organisationId,
    after: { title: content.title },
  });

  const snapshot = JSON.parse(JSON.stringify(content)) as Prisma.InputJsonValue;
  const revisionStatus = (
    {
      DRAFT: "DRAFT",
      IN_REVIEW: "IN_REVIEW",
      CHANGES_REQUESTED: "CHANGES_REQUESTED",
      LIVE: "APPROVED",
      EXPIRED: "APPROVED",
    } as const
  )[seed.status];
  const submitted = seed.status !== "DRAFT";
  const revision = await tx.offerRevision.create({
    data: {
      offerId: offer.id,
      number: 1,
      status: revisionStatus,
      content: snapshot,
      submittedById: submitted ? (author?.id ?? null) : null,
      submittedAt: submitted ? daysAgo(seed.status === "IN_REVIEW" ? 2 : seed.lastConfirmedDaysAgo + 5) : null,
    },
  });
  if (!submitted) return;
  await recordAuditEvent(tx, {
    actor,
    action: "revision.submitted",
    entityType: "offer",
    entityId: offer.id,
    organisationId,
    after: { revision: 1 },
  });

  if (seed.status === "IN_REVIEW") {
    await tx.offer.update({ where: { id: offer.id }, data: { status: "IN_REVIEW" } });
    return;
  }
  const outcome = seed.status === "CHANGES_REQUESTED" ? "CHANGES_REQUESTED" : "APPROVED";
  await tx.reviewDecision.create({
    data: {
      organisationId,
      revisionId: revision.id,
      outcome,
      reason: seed.reviewNote ?? "",
      decidedById: reviewer?.id ?? null,
      createdAt: daysAgo(seed.lastConfirmedDaysAgo + 3),
    },
  });
  await recordAuditEvent(tx, {
    actor: reviewer ?? "system",
    action: outcome === "APPROVED" ? "revision.approved" : "revision.changes_requested",
    entityType: "offer",
    entityId: offer.id,
    organisationId,
    after: { revision: 1, reason: seed.reviewNote },
  });
  if (seed.status === "CHANGES_REQUESTED") {
    await tx.offer.update({ where: { id: offer.id }, data: { status: "CHANGES_REQUESTED" } });
    return;
  }

  const expired = seed.status === "EXPIRED";
  await applyOfferContent(tx, offer.id, content);
  await tx.offer.update({
    where: { id: offer.id },
    data: {
      status: expired ? "EXPIRED" : "LIVE",
      liveRevisionId: revision.id,
      publishedAt: daysAgo(seed.lastConfirmedDaysAgo + 3),
      lastConfirmedAt: daysAgo(seed.lastConfirmedDaysAgo),
      reminderSentAt: expired ? daysAgo(seed.lastConfirmedDaysAgo - 90) : null,
      expiredAt: expired ? daysAgo(seed.lastConfirmedDaysAgo - 120) : null,
    },
  });
  if (expired) {
    await recordAuditEvent(tx, {
      actor: "system",
      action: "offer.expired",
      entityType: "offer",
      entityId: offer.id,
      organisationId,
      before: { status: "LIVE" },
      after: { status: "EXPIRED" },
    });
  }
  if (seed.pendingEdit) {
    const edited = { ...content, ...seed.pendingEdit };
    await tx.offerRevision.create({
      data: {
        offerId: offer.id,
        number: 2,
        status: "IN_REVIEW",
        content: JSON.parse(JSON.stringify(edited)) as Prisma.InputJsonValue,
        submittedById: author?.id ?? null,
        submittedAt: daysAgo(1),
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "revision.submitted",
      entityType: "offer",
      entityId: offer.id,
      organisationId,
      after: { revision: 2 },
    });
  }
}
