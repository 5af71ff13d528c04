/**
 * schema.org descriptions for search engines (JSON-LD in the page): an offer as an Event, or an
 * EventSeries when it repeats, with its weekly Schedule, free entry, the place, the organiser and
 * the ages; a venue as a Place with its accessibility features. Only what the page shows.
 */
import { toIsoDate } from "@free-city/db";
import { CITY_TIME_ZONE } from "@free-city/schemas";

type Venue = {
  slug: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  phone?: string | null;
  accessFeatures: string[];
  latitude?: number | null;
  longitude?: number | null;
};
type Schedule = {
  kind: "WEEKLY" | "ONE_OFF";
  dayOfWeek: number | null;
  date: Date | null;
  startMinute: number;
  endMinute: number;
  validFrom: Date | null;
  validTo: Date | null;
};
export type JsonLdOffer = {
  slug: string;
  title: string;
  summary: string;
  minAge: number | null;
  maxAge: number | null;
  costType: "FREE" | "FREE_WITH_CONDITION";
  costCondition: string | null;
  organisation: { name: string };
  venues: Venue[];
  schedules: Schedule[];
  cancellations: { date: Date }[];
};

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TIME_ZONE = CITY_TIME_ZONE;
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** A London wall-clock time as ISO 8601 with its offset on that date (+01:00 in summer). */
export function londonDateTime(date: string, minute: number): string {
  const guess = new Date(`${date}T${hhmm(minute)}:00Z`);
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, timeZoneName: "shortOffset" })
    .formatToParts(guess)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/.exec(parts ?? "");
  const sign = match?.[1] ?? "+";
  const hours = (match?.[2] ?? "0").padStart(2, "0");
  return `${date}T${hhmm(minute)}:00${sign}${hours}:${match?.[3] ?? "00"}`;
}

export const ACCESS_FEATURE_NAMES: Record<string, string> = {
  STEP_FREE: "Step-free access",
  ACCESSIBLE_TOILET: "Accessible toilet",
  CHANGING_PLACES: "Changing Places toilet",
  LIFT: "Lift",
  HEARING_LOOP: "Hearing loop",
  BSL_AVAILABLE: "British Sign Language on request",
  QUIET_SPACE: "Quiet space",
  ASSISTANCE_DOGS_WELCOME: "Assistance dogs welcome",
  ACCESSIBLE_PARKING: "Blue Badge parking",
  BABY_CHANGING: "Baby changing",
};

export function placeJsonLd(venue: Venue, origin: string) {
  return {
    "@type": "Place",
    "@id": `${origin}/venues/${venue.slug}#place`,
    name: venue.name,
    url: `${origin}/venues/${venue.slug}`,
    address: {
      "@type": "PostalAddress",
      streetAddress: [venue.addressLine1, venue.addressLine2].filter(Boolean).join(", "),
      addressLocality: venue.town,
      postalCode: venue.postcode,
      addressCountry: "GB",
    },
    ...(venue.latitude != null && venue.longitude != null
      ? { geo: { "@type": "GeoCoordinates", latitude: venue.latitude, longitude: venue.longitude } }
      : {}),
    ...(venue.phone ? { telephone: venue.phone } : {}),
    publicAccess: true,
    amenityFeature: venue.accessFeatures.map((feature) => ({
      "@type": "LocationFeatureSpecification",
      name: ACCESS_FEATURE_NAMES[feature] ?? feature,
      value: true,
    })),
  };
}

/** The venue page's JSON-LD. */
export function venueJsonLd(venue: Venue, origin: string) {
  return { "@context": "https://schema.org", ...placeJsonLd(venue, origin) };
}

/** The offer page's JSON-LD: sessions from `today` on. */
export function offerJsonLd(offer: JsonLdOffer, origin: string, today: string) {
  const cancelled = offer.cancellations.map((c) => toIsoDate(c.date));
  const upcoming = offer.schedules.filter((s) =>
    s.kind === "ONE_OFF" ? s.date !== null && toIsoDate(s.date) >= today : !s.validTo || toIsoDate(s.validTo) >= today,
  );
  const weekly = upcoming.filter((s) => s.kind === "WEEKLY" && s.dayOfWeek !== null);
  const oneOffs = upcoming.filter((s) => s.kind === "ONE_OFF" && s.date !== null);
  const firstDate = [
    ...weekly.map((s) => (s.validFrom && toIsoDate(s.validFrom) > today ? toIsoDate(s.validFrom) : today)),
    ...oneOffs.map((s) => toIsoDate(s.date as Date)),
  ].sort()[0];
  const place = offer.venues.map((venue) => placeJsonLd(venue, origin));
  const common = {
    "@context": "https://schema.org",
    "@type": weekly.length > 0 || oneOffs.length > 1 ? "EventSeries" : "Event",
    name: offer.title,
    description: offer.summary,
    url: `${origin}/offers/${offer.slug}`,
    image: `${origin}/og/offers/${offer.slug}.png`,
    isAccessibleForFree: true,
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    organizer: { "@type": "Organization", name: offer.organisation.name },
    offers: {
      "@type": "Offer",
      price: 0,
      priceCurrency: "GBP",
      url: `${origin}/offers/${offer.slug}`,
      ...(offer.costType === "FREE_WITH_CONDITION" && offer.costCondition ? { description: offer.costCondition } : {}),
    },
    audience: {
      "@type": "PeopleAudience",
      ...(offer.minAge !== null ? { suggestedMinAge: offer.minAge } : {}),
      ...(offer.maxAge !== null ? { suggestedMaxAge: offer.maxAge } : {}),
    },
    ...(place.length === 1 ? { location: place[0] } : place.length > 1 ? { location: place } : {}),
  };
  const only = oneOffs.length === 1 && weekly.length === 0 ? oneOffs[0] : undefined;
  if (only?.date) {
    const date = toIsoDate(only.date);
    return {
      ...common,
      startDate: londonDateTime(date, only.startMinute),
      endDate: londonDateTime(date, only.endMinute),
    };
  }
  return {
    ...common,
    ...(firstDate ? { startDate: firstDate } : {}),
    eventSchedule: [
      ...weekly.map((s) => ({
        "@type": "Schedule",
        repeatFrequency: "P1W",
        byDay: `https://schema.org/${DAYS[(s.dayOfWeek ?? 1) - 1]}`,
        startTime: hhmm(s.startMinute),
        endTime: hhmm(s.endMinute),
        ...(s.validFrom ? { startDate: toIsoDate(s.validFrom) } : {}),
        ...(s.validTo ? { endDate: toIsoDate(s.validTo) } : {}),
        scheduleTimezone: TIME_ZONE,
        ...(cancelled.length > 0 ? { exceptDate: cancelled.filter((d) => d >= today) } : {}),
      })),
      ...oneOffs.map((s) => ({
        "@type": "Schedule",
        startDate: toIsoDate(s.date as Date),
        endDate: toIsoDate(s.date as Date),
        startTime: hhmm(s.startMinute),
        endTime: hhmm(s.endMinute),
        scheduleTimezone: TIME_ZONE,
      })),
    ],
  };
}

/** JSON for a <script> element: "<" escaped so no text in it can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
