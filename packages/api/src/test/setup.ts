import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Database, User } from "@free-city/db";
import {
  createTestDatabase as createDatabase,
  makeCategory,
  makeDistrict,
  makeOrganisation,
  makeUser,
  makeVenue,
  offerContentFor,
  pglitePool,
  type TestDatabase,
} from "@free-city/db/testing";
import { LocalPhotoStorage } from "@free-city/photos";
import { TRPCError } from "@trpc/server";
import { Logger } from "graphile-worker";
import pg from "pg";
import { afterAll, beforeAll, expect } from "vitest";
import { createContext } from "../context.ts";
import { createMailer, type Mailer } from "../email/send-email.ts";
import { runDueJobs } from "../jobs/worker.ts";
import { createCaller } from "../root.ts";

export const TEST_LINKS = { adminUrl: "http://admin.test", portalUrl: "http://portal.test" };

/**
 * A tRPC caller as `user` (null = anonymous), through the real procedures and guards. Emails it
 * causes are queued as jobs; `outbox()` (or `deliverQueuedEmails`) has the worker send them.
 */
export function callerFor(db: Database, user: User | null) {
  return createCaller(
    createContext({
      db,
      user: user ? { id: user.id, email: user.email, name: user.name, staffRole: user.staffRole } : null,
      links: TEST_LINKS,
    }),
  );
}

/** Each test database's pool for the job queue (graphile-worker's own code needs a pg.Pool). */
const queuePools = new Map<Database, pg.Pool>();

/**
 * A fresh, migrated test database (see @free-city/db/testing), with a pool for the job queue:
 * on PGlite a pool-shaped front of the same in-process database, on a server a small pg.Pool.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const test = await createDatabase();
  const pool = test.pglite ? pglitePool(test.pglite) : new pg.Pool({ connectionString: test.url, max: 2 });
  // A dropped connection at the end of a test is not a failure (and graphile-worker wants both).
  if (!test.pglite) pool.on("error", () => {}).on("connect", () => {});
  queuePools.set(test.db, pool);
  return {
    ...test,
    async close() {
      queuePools.delete(test.db);
      if (!test.pglite) await pool.end();
      await test.close();
    },
  };
}

/** The job queue's pool for a test database made by `createTestDatabase` above. */
export function jobQueuePool(db: Database): pg.Pool {
  const pool = queuePools.get(db);
  if (!pool) throw new Error("This database was not made by test/setup.ts's createTestDatabase.");
  return pool;
}

/** graphile-worker's log, kept to warnings and errors in tests. */
export const quietJobLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[jobs] ${message}`);
});

/** The demo outbox mailer (emails become rows in outbox_email). */
export function outboxMailer(db: Database): Mailer {
  return createMailer({ db, emailServer: undefined, emailFrom: "Free City <test@free-city.test>", log: () => {} });
}

/** Runs the worker once over the queue, as `pnpm jobs emails` does: every due email is sent. */
export async function deliverQueuedEmails(db: Database, mailer: Mailer = outboxMailer(db)): Promise<void> {
  await runDueJobs({ pgPool: jobQueuePool(db), db, mailer, links: TEST_LINKS, logger: quietJobLogger });
}

/** Emails sent to `to` so far through the demo outbox (after the worker has sent what is queued), oldest first. */
export async function outbox(db: Database, to: string) {
  await deliverQueuedEmails(db);
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

/**
 * A fresh test database with the standard world (`makeWorld`), made before the file's tests and
 * closed after them: a file says `const world = useTestWorld();`. The world is there inside tests
 * and hooks (it forwards to the one `beforeAll` made; the file's own `beforeAll` runs after it).
 */
export function useTestWorld(): World {
  let test: TestDatabase | undefined;
  let made: World | undefined;
  beforeAll(async () => {
    test = await createTestDatabase();
    made = await makeWorld(test);
  });
  afterAll(() => test?.close());
  const ready = (): World => {
    if (!made) throw new Error("The test world is made in beforeAll: use it inside tests and hooks.");
    return made;
  };
  // Reads, spreads ({ ...world }) and `in` all see the world made in beforeAll.
  return new Proxy({} as World, {
    get: (_target, key) => ready()[key as keyof World],
    has: (_target, key) => key in ready(),
    ownKeys: () => Reflect.ownKeys(ready()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(ready(), key);
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
  });
}

/**
 * Photo storage in a fresh temporary folder, removed after the file's tests: a file says
 * `const storage = useTestPhotoStorage("fc-photos-");`.
 */
export function useTestPhotoStorage(prefix: string): LocalPhotoStorage {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rm(folder, { recursive: true, force: true }));
  return new LocalPhotoStorage(folder);
}

/** Maps the B14 outcode to the world's district, so a venue at `venueFields`' postcode finds it. */
export async function mapVenuePostcode(world: World) {
  await world.db.postcodeArea.create({
    data: { outcode: "B14", districtId: world.district.id, latitude: 52.43, longitude: -1.89 },
  });
}

/** A venue's fields as the venue form sends them, in the world's district (see `mapVenuePostcode`). */
export function venueFields(world: World, overrides: Record<string, unknown> = {}) {
  return {
    name: "Kings Heath Library",
    addressLine1: "High Street",
    addressLine2: null,
    town: "Birmingham",
    postcode: "b14 7sw",
    districtId: world.district.id,
    latitude: null,
    longitude: null,
    phone: null,
    website: null,
    accessFeatures: ["STEP_FREE" as const],
    accessNotes: "",
    openingHours: [{ day: 1, opens: "09:00", closes: "17:00" }],
    openingNotes: "",
    ...overrides,
  };
}

/** The partner saves new words (title and summary) in an offer's basics section; its categories stay. */
export async function saveBasics(
  world: World,
  ref: { organisationId: string; offerId: string },
  words: { title: string; summary: string },
) {
  await callerFor(world.db, world.partner).offer.saveSection({
    ...ref,
    section: "basics",
    values: { ...words, description: "", categoryIds: world.content.categoryIds },
  });
}

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
  // Optional, like the task list's own: saved only when the offer is not plain English.
  if (c.language !== "en" || Object.keys(c.translations).length > 0) {
    await api.offer.saveSection({
      ...ref,
      section: "languages",
      values: { language: c.language, translations: c.translations },
    });
  }
}

/** Whose offer a factory makes: the world's own organisation and partner unless said otherwise. */
type OfferOwner = { organisationId: string; user: User };

const ownerOf = (world: World, owner?: OfferOwner): OfferOwner =>
  owner ?? { organisationId: world.org.id, user: world.partner };

/**
 * A draft offer with every section filled in, made the way a partner makes one (through the
 * procedures). The content is the world's, with `title` and any `overrides`.
 */
export async function makeCompleteDraftOffer(
  world: World,
  title: string,
  overrides: Partial<World["content"]> = {},
  owner?: OfferOwner,
) {
  const { organisationId, user } = ownerOf(world, owner);
  const offer = await callerFor(world.db, user).offer.create({ organisationId, title });
  await fillAllSections({ ...world, partner: user, org: { ...world.org, id: organisationId } }, offer.id, {
    ...world.content,
    title,
    ...overrides,
  });
  return offer;
}

/** An offer submitted for review (IN_REVIEW): created, filled in and submitted. */
export async function makeSubmittedOffer(
  world: World,
  title: string,
  overrides: Partial<World["content"]> = {},
  owner?: OfferOwner,
) {
  const { organisationId, user } = ownerOf(world, owner);
  const draft = await makeCompleteDraftOffer(world, title, overrides, owner);
  const { revisionId } = await callerFor(world.db, user).offer.submit({ organisationId, offerId: draft.id });
  const offer = await world.db.offer.findUniqueOrThrow({ where: { id: draft.id } });
  return { offer, revisionId };
}

/** An offer submitted, then decided by the world's moderator (the offer reloaded after). */
async function makeDecidedOffer(
  world: World,
  title: string,
  decision: { outcome: "APPROVED" | "CHANGES_REQUESTED"; reason: string },
  overrides: Partial<World["content"]>,
  owner?: OfferOwner,
) {
  const { offer, revisionId } = await makeSubmittedOffer(world, title, overrides, owner);
  await callerFor(world.db, world.moderator).offer.decide({ revisionId, ...decision });
  return { offer: await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } }), revisionId };
}

/** A live offer (LIVE): submitted, then approved by the world's moderator. */
export async function makeLiveOffer(
  world: World,
  title: string,
  overrides: Partial<World["content"]> = {},
  owner?: OfferOwner,
) {
  return (await makeDecidedOffer(world, title, { outcome: "APPROVED", reason: "" }, overrides, owner)).offer;
}

/** An offer sent back (CHANGES_REQUESTED) by the world's moderator with `reason`. */
export function makeChangesRequestedOffer(
  world: World,
  title: string,
  reason: string,
  overrides: Partial<World["content"]> = {},
) {
  return makeDecidedOffer(world, title, { outcome: "CHANGES_REQUESTED", reason }, overrides);
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
