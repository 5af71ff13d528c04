import { fromMinutes, type OfferContent, type OfferLanguage, offerContent, toMinutes } from "@free-city/schemas";
import { dateOnly, toIsoDate } from "../dates.ts";
import type { Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

const withContent = {
  categories: { select: { categoryId: true } },
  venues: { select: { venueId: true } },
  schedules: { orderBy: [{ kind: "asc" }, { dayOfWeek: "asc" }, { date: "asc" }, { startMinute: "asc" }] },
  cancellations: { orderBy: { date: "asc" } },
} satisfies Prisma.OfferInclude;

/** An offer's current content (its own columns and child rows) as an `OfferContent` snapshot. */
export async function loadOfferContent(tx: Tx, offerId: string): Promise<OfferContent> {
  const offer = await tx.offer.findUniqueOrThrow({ where: { id: offerId }, include: withContent });
  return {
    title: offer.title,
    summary: offer.summary,
    description: offer.description,
    categoryIds: offer.categories.map((c) => c.categoryId).sort(),
    minAge: offer.minAge ?? 0,
    maxAge: offer.maxAge ?? 25,
    aloneFromAge: offer.aloneFromAge,
    costType: offer.costType,
    costCondition: offer.costCondition,
    capacity: offer.capacity,
    schedules: offer.schedules.map((s) => ({
      kind: s.kind,
      dayOfWeek: s.dayOfWeek,
      date: s.date ? toIsoDate(s.date) : null,
      startTime: fromMinutes(s.startMinute),
      endTime: fromMinutes(s.endMinute),
      validFrom: s.validFrom ? toIsoDate(s.validFrom) : null,
      validTo: s.validTo ? toIsoDate(s.validTo) : null,
      venueId: s.venueId,
    })),
    cancellations: offer.cancellations.map((c) => ({ date: toIsoDate(c.date), reason: c.reason })),
    venueIds: offer.venues.map((v) => v.venueId).sort(),
    takeUpMethod: offer.takeUpMethod,
    bookingUrl: offer.bookingUrl,
    bookingPhone: offer.bookingPhone,
    takeUpCode: offer.takeUpCode,
    takeUpNotes: offer.takeUpNotes,
    sendFriendly: offer.sendFriendly,
    quietSessions: offer.quietSessions,
    accessNotes: offer.accessNotes,
    dbsCheckedStaff: offer.dbsCheckedStaff,
    safeguardingNotes: offer.safeguardingNotes,
    language: offer.language as OfferLanguage,
    translations: offer.translations as OfferContent["translations"],
  };
}

/** The first and last dates an offer runs on, from its schedules (null = open-ended). */
export function dateRange(content: OfferContent): { startsOn: Date | null; endsOn: Date | null } {
  const firsts = content.schedules.map((s) => (s.kind === "ONE_OFF" ? s.date : s.validFrom));
  const lasts = content.schedules.map((s) => (s.kind === "ONE_OFF" ? s.date : s.validTo));
  const bound = (values: (string | null)[], pick: (a: string, b: string) => string) =>
    // biome-ignore lint/style/noNonNullAssertion: the guard before it returns null when any value is null or there are none
    values.some((v) => v === null) || values.length === 0 ? null : dateOnly(values.reduce((a, b) => pick(a!, b!))!);
  return {
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings (YYYY-MM-DD), ordered as strings
    startsOn: bound(firsts, (a, b) => (a < b ? a : b)),
    // biome-ignore lint/complexity/useMathMinMax: as above
    endsOn: bound(lasts, (a, b) => (a > b ? a : b)),
  };
}

/**
 * Writes `content` onto an offer: its columns and its categories, venues, schedules and
 * cancellations, replacing what was there. Call inside a transaction so readers see the old
 * content or the new, never a mix. Validates first: nothing invalid reaches the offer.
 */
export async function applyOfferContent(tx: Tx, offerId: string, input: OfferContent): Promise<void> {
  const content = offerContent.parse(input);
  const { startsOn, endsOn } = dateRange(content);
  await tx.offer.update({
    where: { id: offerId },
    data: {
      title: content.title,
      summary: content.summary,
      description: content.description,
      minAge: content.minAge,
      maxAge: content.maxAge,
      aloneFromAge: content.aloneFromAge,
      costType: content.costType,
      costCondition: content.costCondition,
      capacity: content.capacity,
      takeUpMethod: content.takeUpMethod,
      bookingUrl: content.bookingUrl,
      bookingPhone: content.bookingPhone,
      takeUpCode: content.takeUpCode,
      takeUpNotes: content.takeUpNotes,
      sendFriendly: content.sendFriendly,
      quietSessions: content.quietSessions,
      accessNotes: content.accessNotes,
      dbsCheckedStaff: content.dbsCheckedStaff,
      safeguardingNotes: content.safeguardingNotes,
      language: content.language,
      translations: content.translations,
      startsOn,
      endsOn,
      categories: { deleteMany: {}, create: content.categoryIds.map((categoryId) => ({ categoryId })) },
      venues: { deleteMany: {}, create: content.venueIds.map((venueId) => ({ venueId })) },
      schedules: {
        deleteMany: {},
        create: content.schedules.map((s) => ({
          kind: s.kind,
          dayOfWeek: s.kind === "WEEKLY" ? s.dayOfWeek : null,
          date: s.kind === "ONE_OFF" && s.date ? dateOnly(s.date) : null,
          startMinute: toMinutes(s.startTime),
          endMinute: toMinutes(s.endTime),
          validFrom: s.validFrom ? dateOnly(s.validFrom) : null,
          validTo: s.validTo ? dateOnly(s.validTo) : null,
          venueId: s.venueId,
        })),
      },
      cancellations: {
        deleteMany: {},
        create: content.cancellations.map((c) => ({ date: dateOnly(c.date), reason: c.reason })),
      },
    },
  });
}
