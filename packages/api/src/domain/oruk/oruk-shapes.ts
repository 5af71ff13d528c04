/**
 * Free City's records as Open Referral UK (HSDS 3.0) objects. Only what the portal shows is
 * published: the offer's approved columns, public venues, the organisation's name and the contact
 * details its partner made public (once verified), the booking phone and the venue's phone. The mapping is written down in the README ("Open data").
 */
import { type Database, type Prisma, todayInCity, toIsoDate } from "@free-city/db";
import {
  publicScheduleOrder,
  publicScheduleRowSelect,
  publicVenueSelect,
  publicVenueWhere,
} from "../listing/public-shapes.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { orukId } from "./oruk-id.ts";

/** Where links to the portal point (the request's origin), and the city for addresses. */
export type OrukContext = { baseUrl: string; cityName: string };

export const TAXONOMY_SLUG = "free-city-categories";
export const TAXONOMY_NAME = "Free City categories";
export const TAXONOMY_ID = orukId("taxonomy", TAXONOMY_SLUG);

const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const DAY_NAMES = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"] as const;

/** The venue's access features in plain words (the portal's English wording, shortened). */
export const ACCESS_FEATURE_WORDS: Record<string, string> = {
  STEP_FREE: "Step-free access",
  ACCESSIBLE_TOILET: "Accessible toilet",
  CHANGING_PLACES: "Changing Places toilet",
  LIFT: "Lift to other floors",
  HEARING_LOOP: "Hearing loop",
  BSL_AVAILABLE: "British Sign Language (BSL) can be arranged",
  QUIET_SPACE: "Quiet space",
  ASSISTANCE_DOGS_WELCOME: "Assistance dogs welcome",
  ACCESSIBLE_PARKING: "Blue Badge parking",
  BABY_CHANGING: "Baby changing",
};

/** A venue's public details, with its position (the portal's offer page shows it on no map). */
export const orukVenueSelect = {
  ...publicVenueSelect,
  id: true,
  latitude: true,
  longitude: true,
} as const satisfies Prisma.VenueSelect;

export const orukOfferSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  minAge: true,
  maxAge: true,
  costType: true,
  costCondition: true,
  bookingPhone: true,
  endsOn: true,
  lastConfirmedAt: true,
  publishedAt: true,
  updatedAt: true,
  liveRevision: { select: { decision: { select: { createdAt: true } } } },
  organisation: {
    select: { slug: true, name: true, verificationStatus: true, website: true, publicEmail: true, publicPhone: true },
  },
  venues: {
    where: { venue: publicVenueWhere },
    select: { venue: { select: orukVenueSelect } },
    orderBy: { venue: { slug: "asc" } },
  },
  schedules: { select: { ...publicScheduleRowSelect, venueId: true }, orderBy: publicScheduleOrder },
  cancellations: { select: { date: true }, orderBy: { date: "asc" } },
  categories: {
    select: { category: { select: { slug: true, name: true, description: true, parent: { select: { slug: true } } } } },
    orderBy: { category: { slug: "asc" } },
  },
} as const satisfies Prisma.OfferSelect;

export type OrukOfferRow = Prisma.OfferGetPayload<{ select: typeof orukOfferSelect }>;
type VenueRow = OrukOfferRow["venues"][number]["venue"];
type CategoryRow = OrukOfferRow["categories"][number]["category"];

/** Public offers by id, in the order asked. */
export async function loadOrukOffers(db: Database, ids: string[]): Promise<OrukOfferRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.offer.findMany({ where: { ...publicOfferWhere, id: { in: ids } }, select: orukOfferSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The city's name: the profile requires a county-level `state_province`, which the city stands in for. */
export async function cityName(db: Database): Promise<string> {
  return (await db.city.findFirst({ select: { name: true }, orderBy: { createdAt: "asc" } }))?.name ?? "";
}

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** When the public version last changed: its approval (seeded offers: published, then last written). */
export function lastModified(offer: OrukOfferRow): string {
  return (offer.liveRevision?.decision?.createdAt ?? offer.publishedAt ?? offer.updatedAt).toISOString();
}

/**
 * The organiser's contact details the portal shows on the offer page: the website, email and phone
 * its partner made public, once the council has verified the organisation (getPublicOffer's rule).
 */
function publicContact(offer: OrukOfferRow) {
  const { verificationStatus, website, publicEmail, publicPhone } = offer.organisation;
  return verificationStatus === "VERIFIED"
    ? { website, email: publicEmail, phone: publicPhone }
    : { website: null, email: null, phone: null };
}

function organization(offer: OrukOfferRow) {
  // Its description and private contacts stay private; the portal shows the name and the public contacts.
  const contact = publicContact(offer);
  return {
    id: orukId("organization", offer.organisation.slug),
    name: offer.organisation.name,
    description: "",
    ...(contact.website ? { website: contact.website } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
}

/** The one-to-one fields of a service (the shape of `/services` list items). */
export function toServiceSummary(offer: OrukOfferRow, ctx: OrukContext) {
  const today = todayInCity();
  const ended = offer.endsOn !== null && toIsoDate(offer.endsOn) < today;
  return {
    id: orukId("service", offer.slug),
    organization_id: orukId("organization", offer.organisation.slug),
    name: offer.title,
    description: [offer.summary, offer.description].filter(Boolean).join("\n\n"),
    url: `${ctx.baseUrl}/offers/${offer.slug}`,
    status: ended ? "inactive" : "active",
    fees: offer.costType === "FREE" ? "Free" : `Free: ${offer.costCondition ?? ""}`.trim(),
    ...(offer.minAge !== null ? { minimum_age: offer.minAge } : {}),
    ...(offer.maxAge !== null ? { maximum_age: offer.maxAge } : {}),
    ...(offer.lastConfirmedAt ? { assured_date: toIsoDate(offer.lastConfirmedAt) } : {}),
    last_modified: lastModified(offer),
    organization: organization(offer),
  };
}

/** A service with everything about it (`/services/{id}`). */
export function toService(offer: OrukOfferRow, ctx: OrukContext) {
  const serviceId = orukId("service", offer.slug);
  const venues = offer.venues.map((v) => v.venue);
  const publicPhone = publicContact(offer).phone;
  return {
    ...toServiceSummary(offer, ctx),
    schedules: toSchedules(offer),
    service_areas: toServiceAreas(offer, serviceId),
    service_at_locations: venues.map((venue) => ({
      id: orukId("service_at_location", offer.slug, venue.slug),
      service_id: serviceId,
      location_id: orukId("location", venue.slug),
      location: toLocation(venue, ctx),
    })),
    languages: [],
    funding: [],
    cost_options: [
      {
        id: orukId("cost_option", offer.slug),
        service_id: serviceId,
        option: offer.costType === "FREE" ? "Free" : "Free with a condition",
        amount: 0,
        ...(offer.costType === "FREE_WITH_CONDITION" && offer.costCondition
          ? { amount_description: offer.costCondition }
          : {}),
      },
    ],
    contacts: [],
    phones: [
      ...(offer.bookingPhone
        ? [{ id: orukId("phone", "booking", offer.slug), service_id: serviceId, number: offer.bookingPhone }]
        : []),
      ...(publicPhone
        ? [
            {
              id: orukId("phone", "organisation", offer.organisation.slug),
              organization_id: orukId("organization", offer.organisation.slug),
              number: publicPhone,
              description: "The organiser",
            },
          ]
        : []),
    ],
    attributes: offer.categories.map(({ category }) => ({
      id: orukId("attribute", offer.slug, category.slug),
      link_id: serviceId,
      link_type: "service",
      link_entity: "service",
      taxonomy_term_id: orukId("taxonomy_term", category.slug),
      taxonomy_term: toTaxonomyTerm(category, ctx),
    })),
  };
}

/**
 * Weekly sessions as WEEKLY schedules on their day, one-off sessions as single-day schedules.
 * HSDS 3.0 has no field for dates a repeating session skips, so the cancelled dates are listed
 * in the schedule's `notes` (and the calendar feeds carry them as EXDATE).
 */
function toSchedules(offer: OrukOfferRow) {
  const serviceId = orukId("service", offer.slug);
  const venueSlug = new Map(offer.venues.map(({ venue }) => [venue.id, venue.slug]));
  return offer.schedules.map((s) => {
    const key =
      s.kind === "WEEKLY"
        ? `weekly-${s.dayOfWeek}-${s.startMinute}-${s.endMinute}`
        : `once-${s.date ? toIsoDate(s.date) : ""}-${s.startMinute}-${s.endMinute}`;
    const atVenue = s.venueId ? venueSlug.get(s.venueId) : undefined;
    const common = {
      id: orukId("schedule", offer.slug, key, atVenue ?? ""),
      service_id: serviceId,
      ...(atVenue ? { service_at_location_id: orukId("service_at_location", offer.slug, atVenue) } : {}),
      opens_at: hhmm(s.startMinute),
      closes_at: hhmm(s.endMinute),
      attending_type: "in_person",
    };
    if (s.kind === "ONE_OFF" && s.date) {
      const date = toIsoDate(s.date);
      return { ...common, valid_from: date, valid_to: date, dtstart: date, description: `On ${date}` };
    }
    const day = (s.dayOfWeek ?? 1) - 1;
    const from = s.validFrom ? toIsoDate(s.validFrom) : null;
    const to = s.validTo ? toIsoDate(s.validTo) : null;
    const skipped = offer.cancellations
      .map((c) => toIsoDate(c.date))
      .filter((date) => (!from || date >= from) && (!to || date <= to) && isoDay(date) === day + 1);
    return {
      ...common,
      freq: "WEEKLY",
      interval: 1,
      byday: DAY_CODES[day],
      ...(from ? { valid_from: from, dtstart: from } : {}),
      ...(to ? { valid_to: to } : {}),
      description: `${DAY_NAMES[day]} ${hhmm(s.startMinute)}–${hhmm(s.endMinute)}`,
      ...(skipped.length > 0 ? { notes: `Not on ${skipped.join(", ")}` } : {}),
    };
  });
}

function isoDay(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The districts the offer's venues are in. */
function toServiceAreas(offer: OrukOfferRow, serviceId: string) {
  const districts = new Map(offer.venues.map(({ venue }) => [venue.district.slug, venue.district.name]));
  return [...districts].map(([slug, name]) => ({
    id: orukId("service_area", offer.slug, slug),
    service_id: serviceId,
    name,
    service_area: name,
    extent_type: "district",
  }));
}

/** A venue's one-to-one fields (list items). */
export function toLocationSummary(venue: VenueRow) {
  return {
    id: orukId("location", venue.slug),
    location_type: "physical",
    name: venue.name,
    description: venue.accessNotes,
    ...(venue.latitude !== null && venue.longitude !== null
      ? { latitude: venue.latitude, longitude: venue.longitude }
      : {}),
  };
}

/** A venue with its address, accessibility and phone. */
export function toLocation(venue: VenueRow, ctx: OrukContext) {
  const locationId = orukId("location", venue.slug);
  return {
    ...toLocationSummary(venue),
    url: `${ctx.baseUrl}/venues/${venue.slug}`,
    addresses: [
      {
        id: orukId("address", venue.slug),
        location_id: locationId,
        address_1: venue.addressLine1,
        ...(venue.addressLine2 ? { address_2: venue.addressLine2 } : {}),
        city: venue.town,
        region: venue.district.name,
        state_province: ctx.cityName || venue.town,
        postal_code: venue.postcode,
        country: "GB",
        address_type: "physical",
      },
    ],
    accessibility: venue.accessFeatures.map((feature) => ({
      id: orukId("accessibility", venue.slug, feature),
      location_id: locationId,
      description: ACCESS_FEATURE_WORDS[feature] ?? feature,
      ...(venue.accessNotes ? { details: venue.accessNotes } : {}),
    })),
    phones: venue.phone
      ? [{ id: orukId("phone", "venue", venue.slug), location_id: locationId, number: venue.phone }]
      : [],
  };
}

/** A category as a taxonomy term of the council's one taxonomy (its parent kept). */
export function toTaxonomyTerm(
  category: Pick<CategoryRow, "slug" | "name" | "description" | "parent">,
  ctx: OrukContext,
) {
  return {
    id: orukId("taxonomy_term", category.slug),
    name: category.name,
    description: category.description,
    ...(category.parent ? { parent_id: orukId("taxonomy_term", category.parent.slug) } : {}),
    taxonomy: TAXONOMY_NAME,
    taxonomy_id: TAXONOMY_ID,
    term_uri: `${ctx.baseUrl}/search?category=${category.slug}`,
    term: category.slug,
  };
}

/** The paging envelope of every list (`Page` in the OpenAPI document). */
export function toPage<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
