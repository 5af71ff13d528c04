import { testDatabaseKind } from "@free-city/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { callerFor, makeSubmittedOffer, useTestWorld } from "./test/setup.ts";

/**
 * Every procedure in the router, found by walking it (so a procedure added later is covered
 * without anyone remembering to list it here), tried by the wrong callers. The only lists kept
 * by hand are the deliberate exceptions: what anyone may call, and what any signed-in person
 * may call about themselves.
 */
const PUBLIC = new Set([
  "city.contacts",
  "contextPage.list",
  "contextPage.bySlug",
  "district.listWithCounts",
  "district.city",
  "listing.offer",
  "listing.venue",
  "listing.district",
  "listing.shared",
  "pledge.wall",
  "pledge.organisation",
  "search.offers",
  "search.filterCounts",
  "search.options",
  "stats.recordOfferEvent",
  "voice.offerFeedback",
  "voice.suggest",
  "voice.report",
  "voice.youSaidWeDid",
  // The invitation landing page, before sign-in: says only the organisation's name and the invited email, to the holder of the link.
  "team.getInvitation",
]);

/** Signed-in callers acting on themselves (their memberships, their invitations) or on shared reference data. */
const SELF_SCOPED = new Set([
  "organisation.mine",
  "organisation.create",
  "team.myInvitations",
  "team.acceptInvitation",
  "team.acceptById",
  "catalogue.categories",
  "catalogue.districts",
  "venue.suggestDistrict",
]);

const procedures = Object.keys(appRouter._def.procedures).sort();

type Caller = ReturnType<typeof callerFor>;
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

async function outcome(
  promise: Promise<unknown>,
): Promise<{ ok: true; value: unknown } | { ok: false; error: TRPCError }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false, error };
  }
}

describe(`authorization matrix over every procedure (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  /** An input naming the victim organisation's things, for every procedure alike. */
  let probe: Record<string, unknown>;
  /** Strings that must never reach an outsider. */
  let secrets: string[];

  beforeAll(async () => {
    const { offer, revisionId } = await makeSubmittedOffer(world, "Matrix secret offer");
    probe = {
      organisationId: world.org.id,
      offerId: offer.id,
      venueId: world.venue.id,
      userId: world.partner.id,
      revisionId,
      invitationId: "nonexistent-invitation",
      token: "nonexistent-token",
      csv: "title\nx",
      slug: "nonexistent",
    };
    secrets = [world.org.name, "Matrix secret offer", world.venue.name, world.partner.email];
  });

  it("knows every procedure's intended callers", () => {
    for (const path of [...PUBLIC, ...SELF_SCOPED])
      expect(procedures, `${path} is listed as an exception but does not exist`).toContain(path);
    expect(procedures.length).toBeGreaterThan(PUBLIC.size + SELF_SCOPED.size);
  });

  it("refuses anonymous callers everywhere but the public procedures, with nothing in the refusal", async () => {
    const anonymous = callerFor(world.db, null);
    for (const path of procedures) {
      const result = await outcome(call(anonymous, path, probe));
      if (PUBLIC.has(path)) {
        if (!result.ok) expect(result.error.code, `${path} is public`).not.toBe("UNAUTHORIZED");
        continue;
      }
      expect(result.ok, `${path} answered an anonymous caller`).toBe(false);
      if (!result.ok) {
        expect(result.error.code, path).toBe("UNAUTHORIZED");
        for (const secret of secrets)
          expect(JSON.stringify({ message: result.error.message, cause: result.error.cause }), path).not.toContain(
            secret,
          );
      }
    }
  });

  it("refuses a member of another organisation on everything of this organisation, and leaks nothing", async () => {
    const outsider = callerFor(world.db, world.otherPartner);
    for (const path of procedures) {
      if (PUBLIC.has(path)) continue;
      const result = await outcome(call(outsider, path, probe));
      if (SELF_SCOPED.has(path)) {
        // Allowed to answer, but only about the outsider themselves.
        const text = JSON.stringify(result.ok ? result.value : { message: result.error.message });
        for (const secret of secrets) expect(text, `${path} leaked "${secret}"`).not.toContain(secret);
        continue;
      }
      expect(result.ok, `${path} answered a member of another organisation`).toBe(false);
      if (!result.ok) {
        expect(
          ["NOT_FOUND", "FORBIDDEN"],
          `${path} refused with ${result.error.code}: ${result.error.message}`,
        ).toContain(result.error.code);
        for (const secret of secrets)
          expect(JSON.stringify({ message: result.error.message, cause: result.error.cause }), path).not.toContain(
            secret,
          );
      }
    }
    // Nothing of the victim's changed.
    const offer = await world.db.offer.findUniqueOrThrow({ where: { id: probe.offerId as string } });
    expect(offer.status).toBe("IN_REVIEW");
    expect(await world.db.membership.count({ where: { organisationId: world.org.id } })).toBe(1);
  });
});
