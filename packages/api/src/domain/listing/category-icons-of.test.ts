import { makeOfferRow, makeOrganisation, type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/setup.ts";
import { categoryIconsOf } from "./category-icons-of.ts";

describe(`each offer's category illustration (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.close());

  it("is its first top-level category's icon (a subcategory stands for its parent); none without one", async () => {
    const db = test.db;
    const org = await makeOrganisation(db);
    const category = (slug: string, icon: string | null, position: number, parentId: string | null = null) =>
      db.category.create({ data: { slug: `${slug}-${Date.now()}`, name: slug, icon, position, parentId } });
    const sport = await category("sport", "ball", 1);
    const football = await category("football", null, 0, sport.id);
    const arts = await category("arts", "palette", 2);
    const plain = await category("plain", null, 0);
    const offer = async (...categoryIds: string[]) => {
      const row = await makeOfferRow(db, org.id);
      await db.offerCategory.createMany({ data: categoryIds.map((categoryId) => ({ offerId: row.id, categoryId })) });
      return row.id;
    };
    const onlyFootball = await offer(football.id);
    const artsAndFootball = await offer(arts.id, football.id);
    const artsOnly = await offer(arts.id);
    const noIcon = await offer(plain.id);
    const none = await offer();

    const icons = await categoryIconsOf(db, [onlyFootball, artsAndFootball, artsOnly, noIcon, none]);
    expect(icons.get(onlyFootball)).toBe("ball");
    // Sport (position 1) comes before Arts (position 2) in the council's order.
    expect(icons.get(artsAndFootball)).toBe("ball");
    expect(icons.get(artsOnly)).toBe("palette");
    expect(icons.has(noIcon)).toBe(false);
    expect(icons.has(none)).toBe(false);
    expect(await categoryIconsOf(db, [])).toEqual(new Map());
  });
});
