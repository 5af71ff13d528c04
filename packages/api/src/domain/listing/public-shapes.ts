import type { Prisma } from "@free-city/db";
import { activeOrganisationWhere, publicOfferWhere } from "../offers/public-offers.ts";

/**
 * What the portal's listing pages may show, picked column by column. Selecting (never
 * including) means a new internal column on a table stays internal until someone adds it here.
 */

/** A venue the public may see: checked by staff, and its organisation is in good standing. */
export const publicVenueWhere = {
  status: "APPROVED",
  organisation: activeOrganisationWhere,
} as const satisfies Prisma.VenueWhereInput;

/** A venue's public address and contact details (for the offer page's "Where"). */
export const publicVenueSelect = {
  slug: true,
  name: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  postcode: true,
  phone: true,
  website: true,
  accessFeatures: true,
  accessNotes: true,
  district: { select: { slug: true, name: true } },
} as const satisfies Prisma.VenueSelect;

/** One approved schedule row's public columns: when sessions happen. */
export const publicScheduleRowSelect = {
  kind: true,
  dayOfWeek: true,
  date: true,
  startMinute: true,
  endMinute: true,
  validFrom: true,
  validTo: true,
} as const satisfies Prisma.OfferScheduleSelect;

/** Weekly sessions before one-off dates, each in the order of the week and the day. */
export const publicScheduleOrder = [
  { kind: "asc" },
  { dayOfWeek: "asc" },
  { date: "asc" },
  { startMinute: "asc" },
] as const satisfies Prisma.OfferScheduleOrderByWithRelationInput[];

/** The approved schedule rows: when sessions happen, and the dates they don't. */
export const publicScheduleSelect = {
  schedules: { select: publicScheduleRowSelect, orderBy: publicScheduleOrder },
  cancellations: { select: { date: true, reason: true }, orderBy: { date: "asc" } },
} as const satisfies Prisma.OfferSelect;

export const publicCategorySelect = {
  categories: {
    select: { category: { select: { id: true, slug: true, name: true, parentId: true, position: true } } },
  },
} as const satisfies Prisma.OfferSelect;

/** Enough of an offer for a card on the venue and district pages. */
export const offerCardSelect = {
  slug: true,
  title: true,
  summary: true,
  minAge: true,
  maxAge: true,
  costType: true,
  costCondition: true,
  ...publicScheduleSelect,
  ...publicCategorySelect,
} as const satisfies Prisma.OfferSelect;

/** Public offers (see publicOfferWhere) that run at a public venue matching `venue`. */
export function publicOffersAt(venue: Prisma.VenueWhereInput) {
  return {
    ...publicOfferWhere,
    venues: { some: { venue: { ...venue, ...publicVenueWhere } } },
  } satisfies Prisma.OfferWhereInput;
}

type CardRow = Prisma.OfferGetPayload<{ select: typeof offerCardSelect }>;

/** The category join rows as categories, in the council's order. */
export function flattenCategories<C extends { name: string; position: number }>(rows: { category: C }[]): C[] {
  return rows.map((row) => row.category).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

export function toOfferCard({ categories, ...offer }: CardRow) {
  return { ...offer, categories: flattenCategories(categories) };
}
export type OfferCard = ReturnType<typeof toOfferCard>;
