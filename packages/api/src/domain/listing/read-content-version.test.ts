import { testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, makeLiveOffer, makeSubmittedOffer, useTestWorld } from "../../test/setup.ts";
import { readContentVersion } from "./read-content-version.ts";

/** The counter part of the version ("<counter>-<changed at>"). */
const counter = (version: string) => Number(version.split("-")[0]);

describe(`the content version the portal's cache is keyed by (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("changes when a moderator approves an offer, once for the whole transaction", async () => {
    const { revisionId } = await makeSubmittedOffer(world, "Version Test Football");
    const before = await readContentVersion(world.db);
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    const after = await readContentVersion(world.db);
    // The approval writes the offer, its categories, venues and schedule: one bump at its commit.
    expect(counter(after)).toBe(counter(before) + 1);
  });

  it("changes when an organisation is suspended, and when a category is renamed", async () => {
    const before = await readContentVersion(world.db);
    await world.db.organisation.update({ where: { id: world.org.id }, data: { suspendedAt: new Date() } });
    const suspended = await readContentVersion(world.db);
    expect(suspended).not.toBe(before);
    const category = await world.db.category.findFirstOrThrow();
    await world.db.category.update({ where: { id: category.id }, data: { name: `${category.name} ` } });
    expect(await readContentVersion(world.db)).not.toBe(suspended);
    await world.db.organisation.update({ where: { id: world.org.id }, data: { suspendedAt: null } });
  });

  it("does not change for what no cached page shows: views and saves", async () => {
    const offer = await makeLiveOffer(world, "Version Test Chess");
    const before = await readContentVersion(world.db);
    await world.db.offerDailyStat.upsert({
      where: { offerId_day: { offerId: offer.id, day: new Date("2026-11-29") } },
      create: { offerId: offer.id, day: new Date("2026-11-29"), views: 1 },
      update: { views: { increment: 1 } },
    });
    expect(await readContentVersion(world.db)).toBe(before);
  });

  it("changes when a reaction is published (the offer page counts them), not when one arrives", async () => {
    const offer = await makeLiveOffer(world, "Version Test Drama");
    const before = await readContentVersion(world.db);
    const reaction = await world.db.feedback.create({
      data: { kind: "REACTION", offerId: offer.id, reaction: "LOVED_IT", comment: "" },
    });
    expect(await readContentVersion(world.db)).toBe(before);
    await world.db.feedback.update({ where: { id: reaction.id }, data: { status: "PUBLISHED" } });
    const published = await readContentVersion(world.db);
    expect(counter(published)).toBe(counter(before) + 1);
    await world.db.feedback.update({ where: { id: reaction.id }, data: { status: "HIDDEN" } });
    expect(counter(await readContentVersion(world.db))).toBe(counter(published) + 1);
  });

  it("does not change when a transaction that wrote content rolls back", async () => {
    const before = await readContentVersion(world.db);
    await expect(
      world.db.$transaction(async (tx) => {
        await tx.district.updateMany({ data: { summary: "rolled back" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await readContentVersion(world.db)).toBe(before);
  });
});
