import { makeOfferRow, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { createContext } from "../../context.ts";
import { createCaller } from "../../root.ts";
import { useTestWorld } from "../../test/setup.ts";
import { recordOfferEvent, recordOfferEvents } from "./record-offer-event.ts";

const MINUTE = 60_000;

describe(`offer counters (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  const offer = (status: "LIVE" | "DRAFT" = "LIVE") => makeOfferRow(world.db, world.org.id, { status });
  const stats = (offerId: string) =>
    world.db.offerDailyStat
      .findMany({ where: { offerId }, orderBy: { day: "asc" }, omit: { offerId: true } })
      .then((rows) => rows.map((r) => ({ ...r, day: r.day.toISOString().slice(0, 10) })));

  it("adds up each kind per London day, one row per day", async () => {
    const live = await offer();
    const morning = new Date("2026-03-10T09:00:00Z");
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST).
    const lateInUtc = new Date("2026-05-31T23:30:00Z");
    const record = (kind: "view" | "save" | "take-up" | "calendar", fingerprint: string, now: Date) =>
      recordOfferEvent(world.db, { offerSlug: live.slug, kind }, { fingerprint, now });

    await expect(record("view", "alice", morning)).resolves.toEqual({ counted: true });
    await record("view", "bob", morning);
    await record("view", "cara", morning);
    await record("save", "alice", morning);
    await record("take-up", "alice", morning);
    await record("calendar", "alice", morning);
    await record("calendar", "bob", morning);
    await record("view", "alice", lateInUtc);

    expect(await stats(live.id)).toEqual([
      { day: "2026-03-10", views: 3, saves: 1, takeUpClicks: 1, calendarAdds: 2 },
      { day: "2026-06-01", views: 1, saves: 0, takeUpClicks: 0, calendarAdds: 0 },
    ]);
  });

  it("ignores a repeat from the same client within 30 minutes and counts it after", async () => {
    const live = await offer();
    const t = new Date("2026-03-11T10:00:00Z");
    const at = (minutes: number) => new Date(t.getTime() + minutes * MINUTE);
    const view = (fingerprint: string, now: Date) =>
      recordOfferEvent(world.db, { offerSlug: live.slug, kind: "view" }, { fingerprint, now });

    await expect(view("alice", at(0))).resolves.toEqual({ counted: true });
    await expect(view("alice", at(10))).resolves.toEqual({ counted: false });
    await expect(view("alice", at(29))).resolves.toEqual({ counted: false });
    await expect(
      recordOfferEvent(world.db, { offerSlug: live.slug, kind: "save" }, { fingerprint: "alice", now: at(29) }),
    ).resolves.toEqual({ counted: true });
    await expect(view("bob", at(29))).resolves.toEqual({ counted: true });
    await expect(view("alice", at(31))).resolves.toEqual({ counted: true });

    expect(await stats(live.id)).toEqual([{ day: "2026-03-11", views: 3, saves: 1, takeUpClicks: 0, calendarAdds: 0 }]);
  });

  it("counts a batch as its events one by one: repeats within it and across batches once, hidden offers never", async () => {
    const football = await offer();
    const chess = await offer();
    const draft = await offer("DRAFT");
    const now = new Date("2026-03-12T16:00:00Z");
    const batch = [
      { offerSlug: football.slug, kind: "view" as const, fingerprint: "alice" },
      { offerSlug: football.slug, kind: "view" as const, fingerprint: "alice" },
      { offerSlug: football.slug, kind: "view" as const, fingerprint: "bob" },
      { offerSlug: football.slug, kind: "save" as const, fingerprint: "alice" },
      { offerSlug: chess.slug, kind: "view" as const, fingerprint: "alice" },
      { offerSlug: draft.slug, kind: "view" as const, fingerprint: "cara" },
      { offerSlug: "no-such-offer", kind: "view" as const, fingerprint: "cara" },
    ];
    await expect(recordOfferEvents(world.db, batch, now)).resolves.toEqual({ counted: 4 });
    // The same visitors again a minute later (another instance's batch, say): nothing new.
    await expect(recordOfferEvents(world.db, batch, new Date(now.getTime() + MINUTE))).resolves.toEqual({ counted: 0 });
    await expect(recordOfferEvents(world.db, [], now)).resolves.toEqual({ counted: 0 });

    expect(await stats(football.id)).toEqual([
      { day: "2026-03-12", views: 2, saves: 1, takeUpClicks: 0, calendarAdds: 0 },
    ]);
    expect(await stats(chess.id)).toEqual([
      { day: "2026-03-12", views: 1, saves: 0, takeUpClicks: 0, calendarAdds: 0 },
    ]);
    expect(await stats(draft.id)).toEqual([]);
  });

  it("stores no row for an offer the public may not see, or an unknown one", async () => {
    const draft = await offer("DRAFT");
    await expect(
      recordOfferEvent(world.db, { offerSlug: draft.slug, kind: "view" }, { fingerprint: "alice" }),
    ).resolves.toEqual({ counted: false });
    await expect(
      recordOfferEvent(world.db, { offerSlug: "no-such-offer", kind: "view" }, { fingerprint: "alice" }),
    ).resolves.toEqual({ counted: false });
    expect(await stats(draft.id)).toEqual([]);
  });

  it("counts through the public API, de-duplicated by the caller's client key", async () => {
    const live = await offer();
    const portal = (clientKey?: string) => createCaller(createContext({ db: world.db, user: null, clientKey }));
    const key = `client-${Date.now()}`;
    await expect(portal(key).stats.recordOfferEvent({ offerSlug: live.slug, kind: "view" })).resolves.toEqual({
      counted: true,
    });
    await expect(portal(key).stats.recordOfferEvent({ offerSlug: live.slug, kind: "view" })).resolves.toEqual({
      counted: false,
    });
    await expect(
      portal(`${key}-other`).stats.recordOfferEvent({ offerSlug: live.slug, kind: "take-up" }),
    ).resolves.toEqual({ counted: true });
    const rows = await world.db.offerDailyStat.findMany({ where: { offerId: live.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ views: 1, takeUpClicks: 1 });
    // No identifier of any kind is stored: the table holds only the offer, the day and the totals.
    expect(Object.keys(rows[0]!).sort()).toEqual(["calendarAdds", "day", "offerId", "saves", "takeUpClicks", "views"]);
  });
});
