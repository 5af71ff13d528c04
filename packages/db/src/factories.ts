/**
 * Small factories for tests: real rows through the real client, with sensible defaults that a
 * test overrides only where it matters. Each call makes unique slugs and emails.
 */
import type { OfferContent } from "@free-city/schemas";
import type { Database } from "./client.ts";
import { addDays, todayInCity } from "./dates.ts";
import type {
  MembershipRole,
  OrganisationType,
  Prisma,
  StaffRole,
  VerificationStatus,
} from "./generated/prisma/client.ts";

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function makeUser(db: Database, options: { email?: string; staffRole?: StaffRole } = {}) {
  return db.user.create({
    data: {
      email: options.email ?? `user-${next()}@example.org`,
      name: "Test User",
      staffRole: options.staffRole ?? null,
    },
  });
}

export async function makeDistrict(db: Database) {
  const city =
    (await db.city.findFirst()) ??
    (await db.city.create({
      data: { slug: `city-${next()}`, name: "Test City", minLat: 52.3, maxLat: 52.7, minLng: -2.1, maxLng: -1.6 },
    }));
  const id = next();
  return db.district.create({
    data: { cityId: city.id, slug: `district-${id}`, name: `District ${id}`, latitude: 52.48, longitude: -1.9 },
  });
}

export async function makeCategory(db: Database) {
  const id = next();
  return db.category.create({ data: { slug: `category-${id}`, name: `Category ${id}` } });
}

type OrganisationOptions = {
  members?: { userId: string; role?: MembershipRole }[];
  type?: OrganisationType;
  suspended?: boolean;
  verificationStatus?: VerificationStatus;
};

/** An organisation (verified unless said otherwise), optionally with members: `members: [{ userId, role }]`. */
export async function makeOrganisation(db: Database, options: OrganisationOptions = {}) {
  const id = next();
  return db.organisation.create({
    data: {
      slug: `org-${id}`,
      name: `Organisation ${id}`,
      type: options.type ?? "CHARITY",
      verificationStatus: options.verificationStatus ?? "VERIFIED",
      suspendedAt: options.suspended ? new Date() : null,
      suspendedReason: options.suspended ? "Test suspension" : null,
      memberships: { create: (options.members ?? []).map((m) => ({ userId: m.userId, role: m.role ?? "OWNER" })) },
    },
  });
}

/** A verified organisation in good standing: its live offers are public. */
export function makeVerifiedOrganisation(
  db: Database,
  options: Omit<OrganisationOptions, "verificationStatus" | "suspended"> = {},
) {
  return makeOrganisation(db, { ...options, verificationStatus: "VERIFIED" });
}

/** A newly registered organisation the council has not checked yet (it waits in the review queue). */
export function makeUnverifiedOrganisation(
  db: Database,
  options: Omit<OrganisationOptions, "verificationStatus" | "suspended"> = {},
) {
  return makeOrganisation(db, { ...options, verificationStatus: "UNVERIFIED" });
}

/** A suspended organisation: none of its listings is public and its members can change nothing. */
export function makeSuspendedOrganisation(db: Database, options: Omit<OrganisationOptions, "suspended"> = {}) {
  return makeOrganisation(db, { ...options, suspended: true });
}

/**
 * An offer row straight in the table, in the state asked for (LIVE unless said otherwise), with no
 * revision behind it: for tests of what reads offers (counts, feedback, search), not of how an
 * offer gets there (those use the api's makeLiveOffer, through the procedures).
 */
export async function makeOfferRow(
  db: Database,
  organisationId: string,
  data: Partial<Omit<Prisma.OfferUncheckedCreateInput, "organisationId">> = {},
) {
  const id = next();
  return db.offer.create({
    data: { slug: `offer-${id}-${Date.now()}`, title: `Offer ${id}`, status: "LIVE", ...data, organisationId },
  });
}

export async function makeVenue(db: Database, organisationId: string, districtId?: string) {
  const id = next();
  return db.venue.create({
    data: {
      organisationId,
      districtId: districtId ?? (await makeDistrict(db)).id,
      slug: `venue-${id}`,
      name: `Venue ${id}`,
      addressLine1: "1 Test Street",
      town: "Birmingham",
      postcode: "B1 1AA",
      latitude: 52.48,
      longitude: -1.9,
      status: "APPROVED",
      accessFeatures: ["STEP_FREE"],
    },
  });
}

/** Complete, valid offer content (every task-list section filled in). */
export function offerContentFor(
  input: { venueIds: string[]; categoryIds: string[] },
  overrides: Partial<OfferContent> = {},
): OfferContent {
  const today = todayInCity();
  return {
    title: "Saturday football skills",
    summary: "Free football coaching for beginners. Just turn up in trainers.",
    description: "Friendly coaches, all kit provided.",
    categoryIds: input.categoryIds,
    language: "en",
    translations: {},
    minAge: 8,
    maxAge: 14,
    aloneFromAge: 11,
    costType: "FREE",
    costCondition: null,
    capacity: 30,
    schedules: [
      {
        kind: "WEEKLY",
        dayOfWeek: 6,
        date: null,
        startTime: "10:00",
        endTime: "12:00",
        validFrom: addDays(today, -7),
        validTo: addDays(today, 90),
        venueId: null,
      },
    ],
    cancellations: [],
    venueIds: input.venueIds,
    takeUpMethod: "TURN_UP",
    bookingUrl: null,
    bookingPhone: null,
    takeUpCode: null,
    takeUpNotes: "Come to reception.",
    sendFriendly: true,
    quietSessions: false,
    accessNotes: "",
    dbsCheckedStaff: true,
    safeguardingNotes: "",
    ...overrides,
  };
}
