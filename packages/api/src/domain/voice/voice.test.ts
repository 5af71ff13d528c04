import { makeOfferRow, makeSuspendedOrganisation, makeUser, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { createContext } from "../../context.ts";
import { createCaller } from "../../root.ts";
import { expectRefused, useTestWorld } from "../../test/setup.ts";
import { listYouSaidWeDid } from "./list-you-said-we-did.ts";
import { VOICE_LIMITS } from "./rate-limits.ts";

let keys = 0;
/** Each test gets its own client key, so the module-level rate limits don't leak between tests. */
const freshKey = () => `test-client-${Date.now()}-${keys++}`;

describe(`youth voice (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const portal = (clientKey: string = freshKey()) =>
    createCaller(createContext({ db: world.db, user: null, clientKey }));

  const offer = (status: "LIVE" | "DRAFT" | "EXPIRED" = "LIVE", organisationId = world.org.id) =>
    makeOfferRow(world.db, organisationId, { status });

  describe("feedback on an offer", () => {
    it("stores a reaction to a live offer as PENDING, with personal details removed", async () => {
      const live = await offer();
      const result = await portal().voice.offerFeedback({
        offerSlug: live.slug,
        reaction: "LOVED_IT",
        comment: "Brilliant! Text me on 07700 900123 or jo@example.com",
      });
      expect(result).toEqual({ removedPersonalDetails: true });
      const rows = await world.db.feedback.findMany({ where: { offerId: live.id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        kind: "REACTION",
        reaction: "LOVED_IT",
        status: "PENDING",
        comment: "Brilliant! Text me on [removed] or [removed]",
      });
    });

    it("stores a reaction without a comment, and says nothing was removed", async () => {
      const live = await offer();
      await expect(portal().voice.offerFeedback({ offerSlug: live.slug, reaction: "OKAY" })).resolves.toEqual({
        removedPersonalDetails: false,
      });
      await expect(world.db.feedback.findFirstOrThrow({ where: { offerId: live.id } })).resolves.toMatchObject({
        comment: "",
        reaction: "OKAY",
      });
    });

    it("gives NOT_FOUND for a draft, expired, suspended-organisation or unknown offer, and stores nothing", async () => {
      const owner = await makeUser(world.db);
      const suspended = await makeSuspendedOrganisation(world.db, { members: [{ userId: owner.id }] });
      const hidden = [await offer("DRAFT"), await offer("EXPIRED"), await offer("LIVE", suspended.id)];
      for (const o of hidden) {
        await expectRefused(
          portal().voice.offerFeedback({ offerSlug: o.slug, reaction: "GOOD" }),
          "NOT_FOUND",
          "NOT_FOUND",
        );
        await expectRefused(portal().voice.report({ offerSlug: o.slug, reason: "NOT_FREE" }), "NOT_FOUND", "NOT_FOUND");
      }
      await expectRefused(
        portal().voice.offerFeedback({ offerSlug: "no-such-offer", reaction: "GOOD" }),
        "NOT_FOUND",
        "NOT_FOUND",
      );
      expect(await world.db.feedback.count({ where: { offerId: { in: hidden.map((o) => o.id) } } })).toBe(0);
      expect(await world.db.report.count({ where: { offerId: { in: hidden.map((o) => o.id) } } })).toBe(0);
    });

    it("refuses the 31st try in 10 minutes from one client, but not from another", async () => {
      const live = await offer();
      const busy = portal(freshKey());
      for (let i = 0; i < VOICE_LIMITS.perClient; i++)
        await busy.voice.offerFeedback({ offerSlug: live.slug, reaction: "GOOD" });
      const refused = await expectRefused(
        busy.voice.offerFeedback({ offerSlug: live.slug, reaction: "GOOD" }),
        "TOO_MANY_REQUESTS",
        "RATE_LIMITED",
      );
      expect(refused.message).toBe("Too many tries. Please wait a few minutes and try again.");
      await expect(portal(freshKey()).voice.offerFeedback({ offerSlug: live.slug, reaction: "GOOD" })).resolves.toEqual(
        { removedPersonalDetails: false },
      );
      expect(await world.db.feedback.count({ where: { offerId: live.id } })).toBe(VOICE_LIMITS.perClient + 1);
      // The allowances are per action: the busy client can still suggest something.
      await expect(busy.voice.suggest({ what: "More football" })).resolves.toEqual({ removedPersonalDetails: false });
    });

    it("refuses bad input with field messages", async () => {
      const live = await offer();
      const error = await expectRefused(
        portal().voice.offerFeedback({ offerSlug: live.slug, reaction: "MEH" } as never),
        "BAD_REQUEST",
      );
      expect(error.message).toContain("Pick how it was.");
    });
  });

  describe("suggestions", () => {
    it("stores a PENDING suggestion linked to known district and category slugs", async () => {
      const what = `A climbing wall ${freshKey()}`;
      const result = await portal().voice.suggest({
        what,
        where: "Near the library, B15 2TT",
        districtSlug: world.district.slug,
        categorySlug: world.category.slug,
      });
      expect(result).toEqual({ removedPersonalDetails: true });
      const row = await world.db.feedback.findFirstOrThrow({ where: { comment: { startsWith: what } } });
      expect(row).toMatchObject({
        kind: "SUGGESTION",
        status: "PENDING",
        offerId: null,
        reaction: null,
        districtId: world.district.id,
        categoryId: world.category.id,
      });
      expect(row.comment).toBe(`${what}\n\nWhere: Near the library, [removed]`);
    });

    it("ignores unknown slugs", async () => {
      const what = `A skate park ${freshKey()}`;
      await portal().voice.suggest({ what, districtSlug: "no-such-district", categorySlug: "no-such-category" });
      const row = await world.db.feedback.findFirstOrThrow({ where: { comment: what } });
      expect(row).toMatchObject({ kind: "SUGGESTION", districtId: null, categoryId: null });
    });
  });

  describe("reports", () => {
    it("opens a report on a live offer with personal details removed", async () => {
      const live = await offer();
      await expect(
        portal().voice.report({
          offerSlug: live.slug,
          reason: "NOT_FREE",
          details: "They asked for £5. Call me 0121 496 0000",
        }),
      ).resolves.toEqual({
        removedPersonalDetails: true,
      });
      await expect(world.db.report.findFirstOrThrow({ where: { offerId: live.id } })).resolves.toMatchObject({
        reason: "NOT_FREE",
        status: "OPEN",
        details: "They asked for £5. Call me [removed]",
      });
    });

    it("rate-limits reports per client", async () => {
      const live = await offer();
      const busy = portal(freshKey());
      for (let i = 0; i < VOICE_LIMITS.perClient; i++)
        await busy.voice.report({ offerSlug: live.slug, reason: "OTHER" });
      await expectRefused(
        busy.voice.report({ offerSlug: live.slug, reason: "OTHER" }),
        "TOO_MANY_REQUESTS",
        "RATE_LIMITED",
      );
    });
  });

  describe("you said, we did", () => {
    it("shows only published entries, newest first, and nothing internal", async () => {
      const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));
      await world.db.youSaidWeDid.createMany({
        data: [
          { youSaid: "More swimming", weDid: "Added free swims", publishedAt: day(2), authorId: world.admin.id },
          { youSaid: "Later sessions", weDid: "Opened till 8pm", publishedAt: day(5) },
          { youSaid: "Draft entry", weDid: "Not yet", publishedAt: null },
          { youSaid: "Scheduled entry", weDid: "Coming soon", publishedAt: day(20) },
          { youSaid: "Withdrawn entry", weDid: "Was wrong", publishedAt: day(3), withdrawnAt: day(4) },
          { youSaid: "District entry", weDid: "In one place", publishedAt: day(4), districtId: world.district.id },
        ],
      });
      const entries = await listYouSaidWeDid(world.db, { now: day(10) });
      expect(entries).toEqual([
        { youSaid: "Later sessions", weDid: "Opened till 8pm", publishedAt: day(5), district: null },
        {
          youSaid: "District entry",
          weDid: "In one place",
          publishedAt: day(4),
          district: { slug: world.district.slug, name: world.district.name },
        },
        { youSaid: "More swimming", weDid: "Added free swims", publishedAt: day(2), district: null },
      ]);
      const forDistrict = await listYouSaidWeDid(world.db, { now: day(10), districtId: world.district.id });
      expect(forDistrict.map((e) => e.youSaid)).toEqual(["District entry"]);

      const viaApi = await portal().voice.youSaidWeDid();
      const shown = viaApi.map((e) => e.youSaid);
      expect(shown).toEqual(expect.arrayContaining(["Later sessions", "More swimming"]));
      expect(shown).not.toContain("Draft entry");
      expect(shown).not.toContain("Withdrawn entry");
      expect(viaApi.every((e, i) => i === 0 || e.publishedAt <= viaApi[i - 1]!.publishedAt)).toBe(true);
      expect(JSON.stringify(viaApi)).not.toMatch(/authorId|feedbackId|"id"/);
    });
  });
});
