import { testDatabaseKind } from "@free-city/db/testing";
import { OFFER_IMPORT_COLUMNS } from "@free-city/schemas";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, useTestWorld } from "../../test/setup.ts";
import { createImportedOffers } from "./import-offers.ts";
import { parseCsv } from "./parse-csv.ts";

describe("reading CSV", () => {
  it("handles quotes, commas and line breaks in quotes, CRLF, a byte-order mark and blank lines", () => {
    const parsed = parseCsv('\uFEFFa,b,c\r\n1,"two, with comma","three\nlines"\r\n\r\n"say ""hi""",,x\n');
    expect(parsed.header).toEqual(["a", "b", "c"]);
    expect(parsed.rows).toEqual([
      { row: 2, cells: ["1", "two, with comma", "three\nlines"] },
      { row: 4, cells: ['say "hi"', "", "x"] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it("reports a quote that is never closed by its row", () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').problems).toEqual([
      { row: 2, message: expect.stringContaining("never closed") },
    ]);
  });
});

describe(`importing offers from a spreadsheet (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const header = OFFER_IMPORT_COLUMNS.map((c) => c.name);
  const row = (values: Record<string, string>) =>
    header.map((name) => ((values[name] ?? "").includes(",") ? `"${values[name]}"` : (values[name] ?? ""))).join(",");
  const good = (overrides: Record<string, string> = {}) =>
    row({
      title: "Imported football",
      summary: "Football for everyone, every Saturday morning.",
      categories: "",
      min_age: "8",
      max_age: "14",
      cost: "free",
      venues: world.venue.name,
      weekly_day: "saturday",
      start_time: "10:00",
      end_time: "12:00",
      from_date: "2027-01-09",
      to_date: "2027-07-17",
      one_off_dates: "2027-08-01",
      cancelled_dates: "2027-04-03",
      take_up: "turn-up",
      send_friendly: "yes",
      ...overrides,
    });
  const file = (...rows: string[]) => [header.join(","), ...rows].join("\r\n");
  const categories = () =>
    world.db.category.findUniqueOrThrow({ where: { id: world.category.id } }).then((c) => c.slug);

  it("imports a good file as drafts, with weekly and one-off sessions and cancelled dates, and audits it", async () => {
    const slug = await categories();
    const csv = file(
      good({ categories: slug }),
      good({ categories: slug, title: "Imported art", weekly_day: "", one_off_dates: "2027-02-16;2027-02-17" }),
      good({
        categories: slug,
        title: "Imported chess",
        take_up: "book-ahead",
        booking_url: "https://example.org/book",
      }),
    );
    const api = callerFor(world.db, world.partner);
    expect(await api.offerImport.validate({ organisationId: world.org.id, csv })).toEqual({ ok: true, rows: 3 });
    const result = await api.offerImport.run({ organisationId: world.org.id, csv });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created.map((c) => [c.row, c.title])).toEqual([
      [2, "Imported football"],
      [3, "Imported art"],
      [4, "Imported chess"],
    ]);
    const football = await api.offer.get({ organisationId: world.org.id, offerId: result.created[0]!.offerId });
    expect(football.status).toBe("DRAFT");
    expect(football.incomplete).toEqual({});
    expect(football.content.schedules).toEqual([
      expect.objectContaining({
        kind: "WEEKLY",
        dayOfWeek: 6,
        startTime: "10:00",
        validFrom: "2027-01-09",
        validTo: "2027-07-17",
      }),
      expect.objectContaining({ kind: "ONE_OFF", date: "2027-08-01" }),
    ]);
    expect(football.content.cancellations).toEqual([{ date: "2027-04-03", reason: "" }]);
    expect(football.content.venueIds).toEqual([world.venue.id]);
    expect(await world.db.auditEvent.count({ where: { organisationId: world.org.id, action: "offer.imported" } })).toBe(
      3,
    );
    // It can go straight to review.
    await expect(api.offer.submit({ organisationId: world.org.id, offerId: football.id })).resolves.toBeTruthy();
  });

  it("reports a bad row by row, column and reason, and imports nothing", async () => {
    const slug = await categories();
    const before = await world.db.offer.count();
    const csv = file(
      good({ categories: slug }),
      good({
        categories: slug,
        max_age: "99",
        venues: "Somebody else's hall",
        weekly_day: "funday",
        send_friendly: "maybe",
      }),
      good({ categories: slug }),
    );
    const result = await callerFor(world.db, world.partner).offerImport.run({ organisationId: world.org.id, csv });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: "max_age", message: "Free City is for people up to 25" },
        { row: 3, column: "venues", message: '"Somebody else\'s hall" is not one of your venues' },
        { row: 3, column: "weekly_day", message: "Write a day of the week, like saturday" },
        { row: 3, column: "send_friendly", message: "Write yes or no" },
      ]),
    );
    expect(result.errors.every((e) => e.row === 3)).toBe(true);
    expect(await world.db.offer.count()).toBe(before);
  });

  it("refuses unknown and missing columns by name, empty files and too many rows", async () => {
    const api = callerFor(world.db, world.partner);
    const unknown = await api.offerImport.validate({
      organisationId: world.org.id,
      csv: `${header.join(",")},colour\r\n${good()},blue`,
    });
    expect(unknown).toMatchObject({
      ok: false,
      errors: [{ row: 1, column: "colour", message: expect.stringContaining('Unknown column "colour"') }],
    });
    const missing = await api.offerImport.validate({ organisationId: world.org.id, csv: "title,summary\r\nA,B" });
    expect(missing.ok === false && missing.errors.map((e) => e.column)).toEqual(
      expect.arrayContaining(["min_age", "venues", "take_up"]),
    );
    expect(await api.offerImport.validate({ organisationId: world.org.id, csv: "" })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("empty") }],
    });
    const many = file(...Array.from({ length: 501 }, () => good()));
    expect(await api.offerImport.validate({ organisationId: world.org.id, csv: many })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("Up to 500") }],
    });
  });

  it("rolls back every offer when one fails part-way through", async () => {
    const before = await world.db.offer.count();
    const { offerContentFor } = await import("@free-city/db/testing");
    const content = offerContentFor({ venueIds: [world.venue.id], categoryIds: [world.category.id] });
    // The second row's insert fails in the database (PostgreSQL refuses a NUL character in
    // text), after the first row's offer was written: the first must not stay.
    const actor = { id: world.partner.id, label: world.partner.email };
    await expect(
      createImportedOffers(world.db, actor, world.org.id, [
        { row: 2, content },
        { row: 3, content: { ...content, title: "Broken\u0000title" } },
      ]),
    ).rejects.toThrow();
    expect(await world.db.offer.count()).toBe(before);
  });

  it("gives a template whose example rows import as they are", async () => {
    const api = callerFor(world.db, world.partner);
    const template = await api.offerImport.template({ organisationId: world.org.id });
    expect(template.filename).toBe("free-city-offers-template.csv");
    expect(await api.offerImport.validate({ organisationId: world.org.id, csv: template.csv })).toEqual({
      ok: true,
      rows: 2,
    });
  });

  it("lets a suspended organisation check a file but not import it", async () => {
    await world.db.organisation.update({ where: { id: world.otherOrg.id }, data: { suspendedAt: new Date() } });
    const api = callerFor(world.db, world.otherPartner);
    await expect(
      api.offerImport.validate({ organisationId: world.otherOrg.id, csv: file(good()) }),
    ).resolves.toMatchObject({ ok: false });
    await expectRefused(
      api.offerImport.run({ organisationId: world.otherOrg.id, csv: file(good()) }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    await world.db.organisation.update({ where: { id: world.otherOrg.id }, data: { suspendedAt: null } });
  });

  it.skipIf(testDatabaseKind() !== "postgres")(
    "runs one import at a time per organisation: a second one meanwhile is refused and creates nothing",
    async () => {
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked: () => void = () => {};
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      // Another import of this organisation holds the lock (its transaction is still open).
      const running = world.db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`offer-import:${world.org.id}`}, 0))::text`;
          locked();
          await released;
        },
        { timeout: 20_000 },
      );
      await isLocked;
      const before = await world.db.offer.count();
      const api = callerFor(world.db, world.partner);
      try {
        await expectRefused(
          api.offerImport.run({
            organisationId: world.org.id,
            csv: file(good({ categories: await categories(), title: "Second import" })),
          }),
          "CONFLICT",
          "IMPORT_RUNNING",
        );
        expect(await world.db.offer.count()).toBe(before);
      } finally {
        release();
        await running;
      }
      // Once it has finished, importing works again.
      const after = await api.offerImport.run({
        organisationId: world.org.id,
        csv: file(good({ categories: await categories(), title: "Third import" })),
      });
      expect(after.ok).toBe(true);
    },
  );
});
