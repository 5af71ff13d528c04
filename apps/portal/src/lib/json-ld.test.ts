import { describe, expect, it } from "vitest";
import { type JsonLdOffer, jsonLdScript, londonDateTime, offerJsonLd, venueJsonLd } from "./json-ld";

/**
 * The schema.org terms the JSON-LD may use: each type with the properties schema.org defines for
 * it (its own and inherited, from schema.org's vocabulary), so a misspelt or invented property
 * fails here instead of being silently ignored by search engines.
 */
const THING = ["name", "description", "url", "image"];
const EVENT = [
  ...THING,
  "startDate",
  "endDate",
  "eventSchedule",
  "isAccessibleForFree",
  "eventAttendanceMode",
  "eventStatus",
  "organizer",
  "offers",
  "audience",
  "location",
];
const VOCABULARY: Record<string, string[]> = {
  Event: EVENT,
  EventSeries: EVENT,
  Schedule: [
    ...THING,
    "repeatFrequency",
    "byDay",
    "startTime",
    "endTime",
    "startDate",
    "endDate",
    "scheduleTimezone",
    "exceptDate",
  ],
  Place: [...THING, "address", "geo", "telephone", "publicAccess", "amenityFeature", "isAccessibleForFree"],
  PostalAddress: [...THING, "streetAddress", "addressLocality", "postalCode", "addressCountry", "addressRegion"],
  GeoCoordinates: [...THING, "latitude", "longitude"],
  LocationFeatureSpecification: [...THING, "value"],
  Organization: [...THING],
  Offer: [...THING, "price", "priceCurrency", "availability"],
  PeopleAudience: [...THING, "suggestedMinAge", "suggestedMaxAge", "audienceType"],
};

function checkVocabulary(node: unknown, path = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => checkVocabulary(item, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const object = node as Record<string, unknown>;
  const type = object["@type"];
  const problems: string[] = [];
  if (typeof type !== "string" || !VOCABULARY[type]) problems.push(`${path}: unknown @type ${String(type)}`);
  else {
    for (const key of Object.keys(object)) {
      if (!key.startsWith("@") && !VOCABULARY[type]?.includes(key)) problems.push(`${path}: ${type} has no ${key}`);
    }
  }
  for (const [key, value] of Object.entries(object)) problems.push(...checkVocabulary(value, `${path}.${key}`));
  return problems;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const venue = {
  slug: "library",
  name: "Library of Birmingham",
  addressLine1: "Centenary Square",
  addressLine2: "Broad Street",
  town: "Birmingham",
  postcode: "B1 2ND",
  phone: "0121 242 4242",
  accessFeatures: ["STEP_FREE", "HEARING_LOOP"],
};
const offer = (overrides: Partial<JsonLdOffer> = {}): JsonLdOffer => ({
  slug: "chess",
  title: "Junior chess",
  summary: "Learn chess.",
  minAge: 8,
  maxAge: 14,
  costType: "FREE",
  costCondition: null,
  organisation: { name: "Chess club" },
  venues: [venue],
  schedules: [
    {
      kind: "WEEKLY",
      dayOfWeek: 6,
      date: null,
      startMinute: 600,
      endMinute: 720,
      validFrom: day("2026-09-05"),
      validTo: day("2026-12-19"),
    },
  ],
  cancellations: [{ date: day("2026-12-05") }],
  ...overrides,
});

describe("schema.org JSON-LD", () => {
  it("describes a weekly offer as an EventSeries: free, its schedule, the place, the organiser, the ages", () => {
    const data = offerJsonLd(offer(), "https://free.test", "2026-11-24");
    expect(checkVocabulary(data)).toEqual([]);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "EventSeries",
      name: "Junior chess",
      isAccessibleForFree: true,
      startDate: "2026-11-24",
      url: "https://free.test/offers/chess",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      organizer: { "@type": "Organization", name: "Chess club" },
      offers: { "@type": "Offer", price: 0, priceCurrency: "GBP" },
      audience: { "@type": "PeopleAudience", suggestedMinAge: 8, suggestedMaxAge: 14 },
      location: {
        "@type": "Place",
        name: "Library of Birmingham",
        address: { "@type": "PostalAddress", postalCode: "B1 2ND", addressCountry: "GB" },
      },
      eventSchedule: [
        {
          "@type": "Schedule",
          repeatFrequency: "P1W",
          byDay: "https://schema.org/Saturday",
          startTime: "10:00",
          endTime: "12:00",
          startDate: "2026-09-05",
          endDate: "2026-12-19",
          scheduleTimezone: "Europe/London",
          exceptDate: ["2026-12-05"],
        },
      ],
    });
  });

  it("describes a single date as an Event with its times in London's offset on that day", () => {
    const once = (date: string) =>
      offerJsonLd(
        offer({
          schedules: [
            {
              kind: "ONE_OFF",
              dayOfWeek: null,
              date: day(date),
              startMinute: 840,
              endMinute: 960,
              validFrom: null,
              validTo: null,
            },
          ],
          cancellations: [],
          costType: "FREE_WITH_CONDITION",
          costCondition: "with a library card",
        }),
        "https://free.test",
        "2026-06-01",
      );
    const summer = once("2026-07-04");
    expect(checkVocabulary(summer)).toEqual([]);
    expect(summer).toMatchObject({
      "@type": "Event",
      startDate: "2026-07-04T14:00:00+01:00",
      endDate: "2026-07-04T16:00:00+01:00",
      offers: { description: "with a library card" },
    });
    expect(once("2026-12-12")).toMatchObject({ startDate: "2026-12-12T14:00:00+00:00" });
    expect(londonDateTime("2027-03-28", 30)).toBe("2027-03-28T00:30:00+00:00");
    expect(londonDateTime("2027-03-28", 180)).toBe("2027-03-28T03:00:00+01:00");
  });

  it("describes a venue as a Place with its accessibility features", () => {
    const data = venueJsonLd({ ...venue, latitude: 52.48, longitude: -1.91 }, "https://free.test");
    expect(checkVocabulary(data)).toEqual([]);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Place",
      telephone: "0121 242 4242",
      geo: { "@type": "GeoCoordinates", latitude: 52.48, longitude: -1.91 },
      amenityFeature: [
        { "@type": "LocationFeatureSpecification", name: "Step-free access", value: true },
        { "@type": "LocationFeatureSpecification", name: "Hearing loop", value: true },
      ],
    });
  });

  it("refuses what schema.org does not define (the check itself can fail)", () => {
    expect(checkVocabulary({ "@type": "Event", startsAt: "x" })).toEqual(["$: Event has no startsAt"]);
    expect(checkVocabulary({ "@type": "Happening" })).toEqual(["$: unknown @type Happening"]);
  });

  it("cannot be closed early by text in it", () => {
    const script = jsonLdScript(
      offerJsonLd(offer({ title: "</script><script>alert(1)</script>" }), "https://x", "2026-11-24"),
    );
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script).name).toBe("</script><script>alert(1)</script>");
  });
});
