import type { Database, User } from "@free-city/db";
import {
  createTestDatabase,
  makeCategory,
  makeDistrict,
  makeOrganisation,
  makeUser,
  makeVenue,
  offerContentFor,
  type TestDatabase,
} from "@free-city/db/testing";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { createContext } from "../context.ts";
import { createMailer, type Mailer } from "../email/send-email.ts";
import { createCaller } from "../root.ts";

export const TEST_LINKS = { adminUrl: "http://admin.test", portalUrl: "http://portal.test" };

/**
 * A tRPC caller as `user` (null = anonymous), through the real procedures and guards. Emails go
 * to the database's outbox table (read them with `outbox()`), unless a mailer is given.
 */
export function callerFor(
  db: Database,
  user: User | null,
  mailer: Mailer = createMailer({
    db,
    emailServer: undefined,
    emailFrom: "Free City <test@free-city.test>",
    log: () => {},
  }),
) {
  return createCaller(
    createContext({
      db,
      user: user ? { id: user.id, email: user.email, name: user.name, staffRole: user.staffRole } : null,
      mailer,
      links: TEST_LINKS,
    }),
  );
}

/** Emails sent to `to` so far (through the outbox mailer), oldest first. */
export function outbox(db: Database, to: string) {
  return db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

/** A world with two partner organisations, a moderator and an admin. */
export async function makeWorld(test: TestDatabase) {
  const { db } = test;
  const [partner, otherPartner, moderator, admin] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db, { staffRole: "MODERATOR" }),
    makeUser(db, { staffRole: "ADMIN" }),
  ]);
  const org = await makeOrganisation(db, { members: [{ userId: partner.id }] });
  const otherOrg = await makeOrganisation(db, { members: [{ userId: otherPartner.id }] });
  const district = await makeDistrict(db);
  const venue = await makeVenue(db, org.id, district.id);
  const category = await makeCategory(db);
  const content = offerContentFor({ venueIds: [venue.id], categoryIds: [category.id] });
  return { db, partner, otherPartner, moderator, admin, org, otherOrg, district, venue, category, content };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** Fills every section of an offer's working revision, as the task list would. */
export async function fillAllSections(world: World, offerId: string, content = world.content) {
  const api = callerFor(world.db, world.partner);
  const ref = { organisationId: world.org.id, offerId };
  const c = content;
  await api.offer.saveSection({
    ...ref,
    section: "basics",
    values: { title: c.title, summary: c.summary, description: c.description, categoryIds: c.categoryIds },
  });
  await api.offer.saveSection({
    ...ref,
    section: "audience",
    values: {
      minAge: c.minAge,
      maxAge: c.maxAge,
      aloneFromAge: c.aloneFromAge,
      costType: c.costType,
      costCondition: c.costCondition,
      capacity: c.capacity,
    },
  });
  await api.offer.saveSection({
    ...ref,
    section: "when",
    values: { schedules: c.schedules, cancellations: c.cancellations },
  });
  await api.offer.saveSection({ ...ref, section: "where", values: { venueIds: c.venueIds } });
  await api.offer.saveSection({
    ...ref,
    section: "takeUp",
    values: {
      takeUpMethod: c.takeUpMethod,
      bookingUrl: c.bookingUrl,
      bookingPhone: c.bookingPhone,
      takeUpCode: c.takeUpCode,
      takeUpNotes: c.takeUpNotes,
    },
  });
  await api.offer.saveSection({
    ...ref,
    section: "access",
    values: { sendFriendly: c.sendFriendly, quietSessions: c.quietSessions, accessNotes: c.accessNotes },
  });
  await api.offer.saveSection({
    ...ref,
    section: "safeguarding",
    values: { dbsCheckedStaff: c.dbsCheckedStaff, safeguardingNotes: c.safeguardingNotes },
  });
}

/** Asserts a call is refused with this tRPC code (and app code), and leaks nothing else. */
export async function expectRefused(call: Promise<unknown>, code: TRPCError["code"], appCode?: string) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "expected the call to be refused").toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).toBe(code);
  if (appCode) expect((trpcError.cause as { code?: string } | undefined)?.code).toBe(appCode);
  return trpcError;
}

export { createTestDatabase };
