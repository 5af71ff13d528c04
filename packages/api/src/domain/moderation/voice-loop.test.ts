import { makeDistrict, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeLiveOffer, useTestWorld } from "../../test/setup.ts";

/** Young people see that they were heard: a suggestion becomes a task, the task's outcome becomes "You said, we did". */
describe(`the youth voice loop (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const staff = () => callerFor(world.db, world.moderator);
  const portal = () => callerFor(world.db, null);

  async function suggestionTask(what: string) {
    await portal().voice.suggest({ what, districtSlug: world.district.slug });
    const feedback = await world.db.feedback.findFirstOrThrow({ where: { comment: what } });
    await staff().moderation.createOutreachTask({
      feedbackId: feedback.id,
      districtId: world.district.id,
      title: `Find a partner for: ${what}`,
      notes: "",
    });
    return world.db.outreachTask.findFirstOrThrow({ where: { feedbackId: feedback.id } });
  }

  it("closes a task with an outcome that becomes the district's 'You said, we did', once", async () => {
    const task = await suggestionTask("A boxing club for girls");
    const { entryId } = await staff().moderation.closeOutreachTask({
      taskId: task.id,
      outcome: "Ladywood Boxing now runs a free girls' session.",
      publish: { youSaid: "A boxing club for girls", weDid: "A free girls' boxing session every Friday." },
    });
    expect(entryId).not.toBeNull();

    const closed = await staff().moderation.outreachTask({ taskId: task.id });
    expect(closed).toMatchObject({
      status: "DONE",
      outcome: "Ladywood Boxing now runs a free girls' session.",
      youSaidWeDid: { id: entryId },
    });
    const page = await portal().listing.district({ slug: world.district.slug });
    expect(page.youSaidWeDid.map((e) => e.weDid)).toEqual(["A free girls' boxing session every Friday."]);

    // A second officer closing it too is told; no second entry appears.
    await expectRefused(
      staff().moderation.closeOutreachTask({
        taskId: task.id,
        outcome: "Again",
        publish: { youSaid: "Again", weDid: "Again and again" },
      }),
      "CONFLICT",
    );
    expect(await world.db.youSaidWeDid.count({ where: { youSaid: "Again" } })).toBe(0);
  });

  it("closes a task without telling young people when there is nothing to tell", async () => {
    const task = await suggestionTask("A skate park on the roof");
    await expect(
      staff().moderation.closeOutreachTask({ taskId: task.id, outcome: "Nobody could help yet.", publish: null }),
    ).resolves.toEqual({ entryId: null });
    expect((await world.db.outreachTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("DONE");
  });

  it("corrects an entry with its history kept, then withdraws it from the portal", async () => {
    const entry = await staff().moderation.respond({
      feedbackId: null,
      districtId: null,
      youSaid: "More swimming",
      weDid: "Free swims on Sundys",
    });
    await staff().moderation.editYouSaidWeDid({
      entryId: entry.id,
      districtId: world.district.id,
      youSaid: "More swimming",
      weDid: "Free swims on Sundays",
    });
    expect((await portal().voice.youSaidWeDid()).map((e) => e.weDid)).toContain("Free swims on Sundays");
    expect((await portal().listing.district({ slug: world.district.slug })).youSaidWeDid.map((e) => e.weDid)).toContain(
      "Free swims on Sundays",
    );

    await staff().moderation.withdrawYouSaidWeDid({ entryId: entry.id, reason: "The pool closed." });
    expect((await portal().voice.youSaidWeDid()).map((e) => e.weDid)).not.toContain("Free swims on Sundays");
    await expectRefused(
      staff().moderation.editYouSaidWeDid({ entryId: entry.id, districtId: null, youSaid: "x y z", weDid: "x y z" }),
      "CONFLICT",
    );

    const { history } = await staff().moderation.youSaidWeDid({ entryId: entry.id });
    expect(history.map((event) => event.action)).toEqual([
      "you_said_we_did.published",
      "you_said_we_did.edited",
      "you_said_we_did.withdrawn",
    ]);
    expect(history[1]?.before).toMatchObject({ weDid: "Free swims on Sundys" });
    expect(history[2]?.after).toEqual({ reason: "The pool closed." });
  });

  it("shows published reactions on the offer as counts only, and the published comments to its partner", async () => {
    const offer = await makeLiveOffer(world, "Reacted offer");
    const send = (reaction: "LOVED_IT" | "OKAY", comment: string) =>
      callerFor(world.db, null).voice.offerFeedback({ offerSlug: offer.slug, reaction, comment });
    await send("LOVED_IT", "Best day ever");
    await send("LOVED_IT", "");
    await send("OKAY", "Bit cold");
    await send("LOVED_IT", "Hidden one");
    const waiting = await world.db.feedback.findMany({ where: { offerId: offer.id }, orderBy: { createdAt: "asc" } });
    for (const [i, feedback] of waiting.entries())
      await staff().moderation.moderateFeedback({ feedbackId: feedback.id, action: i === 3 ? "hide" : "publish" });
    await send("OKAY", "Still waiting for a moderator");

    const page = await portal().listing.offer({ slug: offer.slug });
    expect(page.reactions).toEqual([
      { reaction: "LOVED_IT", count: 2 },
      { reaction: "OKAY", count: 1 },
    ]);
    expect(JSON.stringify(page)).not.toContain("Best day ever");

    const insights = await callerFor(world.db, world.partner).stats.offerInsights({
      organisationId: world.org.id,
      offerId: offer.id,
      weeks: 4,
    });
    expect(insights.reactions).toEqual(page.reactions);
    expect(insights.comments.map((c) => c.comment).sort()).toEqual(["Best day ever", "Bit cold"]);
  });

  it("shows staff, in the district lens, the suggestions made for the district and the reactions to offers there", async () => {
    const elsewhere = await makeDistrict(world.db);
    const lens = (districtId: string) => staff().coverage.district({ districtId });
    const loved = async (districtId: string) =>
      (await lens(districtId)).reactions.find((r) => r.reaction === "LOVED_IT")?.count ?? 0;
    const [before, beforeElsewhere] = [await loved(world.district.id), await loved(elsewhere.id)];

    await portal().voice.suggest({ what: "A climbing wall in the library", districtSlug: world.district.slug });
    await portal().voice.suggest({ what: "Somewhere else entirely", districtSlug: elsewhere.slug });
    const offer = await makeLiveOffer(world, "Lens offer");
    for (const comment of ["Great", "Hide me"])
      await portal().voice.offerFeedback({ offerSlug: offer.slug, reaction: "LOVED_IT", comment });
    const hidden = await world.db.feedback.findFirstOrThrow({ where: { offerId: offer.id, comment: "Hide me" } });
    await staff().moderation.moderateFeedback({ feedbackId: hidden.id, action: "hide" });

    const here = await lens(world.district.id);
    expect(here.district.slug).toBe(world.district.slug);
    expect(here.suggestions.map((s) => s.comment)).toContain("A climbing wall in the library");
    expect(here.suggestions.map((s) => s.comment)).not.toContain("Somewhere else entirely");
    // The offer runs at a venue here: its reaction counts here (the hidden one does not), not elsewhere.
    expect(await loved(world.district.id)).toBe(before + 1);
    expect(await loved(elsewhere.id)).toBe(beforeElsewhere);
    expect((await lens(elsewhere.id)).suggestions.map((s) => s.comment)).toEqual(["Somewhere else entirely"]);
    await expectRefused(
      callerFor(world.db, world.partner).coverage.district({ districtId: world.district.id }),
      "FORBIDDEN",
    );
  });

  it("keeps all of it from partners and the public", async () => {
    const task = await suggestionTask("Chess in the park");
    const close = { taskId: task.id, outcome: "Done it", publish: null };
    await expectRefused(callerFor(world.db, world.partner).moderation.closeOutreachTask(close), "FORBIDDEN");
    await expectRefused(portal().moderation.closeOutreachTask(close), "UNAUTHORIZED");
    expect((await world.db.outreachTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("OPEN");
  });
});
