import { makeCategory, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeCompleteDraftOffer, makeLiveOffer, useTestWorld } from "../../test/setup.ts";

describe(`the council's categories (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("adds, renames and moves categories, two levels deep", async () => {
    const admin = callerFor(world.db, world.admin);
    const sport = await admin.taxonomy.create({ name: "Sport", description: "", parentId: null });
    const climbing = await admin.taxonomy.create({ name: "Climbing", description: "", parentId: sport.id });
    expect(climbing.slug).toBe("climbing");
    await expectRefused(
      admin.taxonomy.create({ name: "Too deep", description: "", parentId: climbing.id }),
      "BAD_REQUEST",
      "INVALID_FIELDS",
    );
    await expectRefused(
      admin.taxonomy.move({ categoryId: sport.id, parentId: sport.id }),
      "BAD_REQUEST",
      "INVALID_FIELDS",
    );
    await admin.taxonomy.rename({
      categoryId: climbing.id,
      name: "Climbing and bouldering",
      description: "Walls, ropes and boulders",
    });
    await admin.taxonomy.move({ categoryId: climbing.id, parentId: null });
    const { tree } = await admin.taxonomy.list();
    expect(tree.find((c) => c.id === climbing.id)).toMatchObject({ name: "Climbing and bouldering", parentId: null });
  });

  it("merges a category into another: live offers and waiting revisions move, and it retires", async () => {
    const admin = callerFor(world.db, world.admin);
    const partner = callerFor(world.db, world.partner);
    const into = await makeCategory(world.db);
    const live = await makeLiveOffer(world, "Merge live");
    const draft = await makeCompleteDraftOffer(world, "Merge draft");

    expect(await admin.taxonomy.merge({ categoryId: world.category.id, intoId: into.id })).toEqual({
      offersMoved: 1,
      revisionsMoved: 1,
    });
    expect((await world.db.offerCategory.findMany({ where: { offerId: live.id } })).map((c) => c.categoryId)).toEqual([
      into.id,
    ]);
    expect((await partner.offer.get({ organisationId: world.org.id, offerId: draft.id })).content.categoryIds).toEqual([
      into.id,
    ]);
    const { retired } = await admin.taxonomy.list();
    expect(retired.find((r) => r.id === world.category.id)?.mergedInto).toBe(into.name);
    // Partners can no longer choose it.
    expect((await partner.catalogue.categories()).some((c) => c.id === world.category.id)).toBe(false);
  });

  it("turns partners' suggestions into categories, maps them, or declines them, once", async () => {
    const admin = callerFor(world.db, world.admin);
    const partner = callerFor(world.db, world.partner);
    const a = await partner.catalogue.suggestCategory({ organisationId: world.org.id, name: "Chess", note: "" });
    const b = await partner.catalogue.suggestCategory({ organisationId: world.org.id, name: "Footie", note: "" });
    const c = await partner.catalogue.suggestCategory({ organisationId: world.org.id, name: "Nonsense", note: "" });
    await admin.taxonomy.decideSuggestion({ suggestionId: a.id, action: "create", name: "Chess", parentId: null });
    const existing = await makeCategory(world.db);
    await admin.taxonomy.decideSuggestion({ suggestionId: b.id, action: "map", categoryId: existing.id });
    await admin.taxonomy.decideSuggestion({ suggestionId: c.id, action: "decline" });
    await expectRefused(
      admin.taxonomy.decideSuggestion({ suggestionId: c.id, action: "decline" }),
      "CONFLICT",
      "ALREADY_DECIDED",
    );
    expect(
      (await partner.catalogue.mySuggestions({ organisationId: world.org.id })).map((s) => [s.name, s.status]).sort(),
    ).toEqual([
      ["Chess", "ACCEPTED"],
      ["Footie", "ACCEPTED"],
      ["Nonsense", "DECLINED"],
    ]);
    expect((await partner.catalogue.categories()).some((cat) => cat.name === "Chess")).toBe(true);
  });

  it("is for administrators only", async () => {
    await expectRefused(callerFor(world.db, world.moderator).taxonomy.list(), "FORBIDDEN");
    await expectRefused(
      callerFor(world.db, world.moderator).taxonomy.create({ name: "Nope", description: "", parentId: null }),
      "FORBIDDEN",
    );
  });
});
