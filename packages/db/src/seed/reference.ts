import type { Database } from "../client.ts";
import { dateOnly } from "../dates.ts";
import type { ReferenceSeeds } from "./load.ts";
import type { SeedLog } from "./progress.ts";

/**
 * The data every installation needs: the city, its districts and postcode areas, school
 * holidays, the category tree and the context pages. Rows that exist are left alone (staff own
 * the taxonomy and pages once seeded), so running this twice changes nothing.
 */
export async function seedReference(db: Database, seeds: ReferenceSeeds, log: SeedLog): Promise<void> {
  // The privacy settings and contacts follow the seed file on every run: it is where the city sets them.
  const privacy = {
    dataController: seeds.city.privacy.dataController,
    privacyContact: seeds.city.privacy.contact,
    youthVoiceRetentionMonths: seeds.city.privacy.youthVoiceRetentionMonths,
    contacts: seeds.city.contacts,
  };
  const city = await db.city.upsert({
    where: { slug: seeds.city.slug },
    update: privacy,
    create: { slug: seeds.city.slug, name: seeds.city.name, ...seeds.city.bounds, ...privacy },
  });

  const districts = await db.district.createMany({
    data: seeds.districts.map((d, position) => ({ ...d, cityId: city.id, position })),
    skipDuplicates: true,
  });
  log.step("districts", districts.count, seeds.districts.length);

  const districtIds = new Map(
    (await db.district.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]),
  );
  const areas = await db.postcodeArea.createMany({
    data: seeds.postcodeAreas.map(({ district, ...area }) => ({
      ...area,
      districtId: requireId(districtIds, district, "district"),
    })),
    skipDuplicates: true,
  });
  log.step("postcode areas", areas.count, seeds.postcodeAreas.length);

  const holidays = await db.schoolHoliday.createMany({
    data: seeds.schoolHolidays.map((h) => ({
      cityId: city.id,
      name: h.name,
      startsOn: dateOnly(h.startsOn),
      endsOn: dateOnly(h.endsOn),
    })),
    skipDuplicates: true,
  });
  log.step("school holidays", holidays.count, seeds.schoolHolidays.length);

  const topLevel = await db.category.createMany({
    data: seeds.categories.map(({ children: _children, ...c }, position) => ({ ...c, position })),
    skipDuplicates: true,
  });
  const parentIds = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  const childRows = seeds.categories.flatMap((parent) =>
    parent.children.map((child, position) => ({
      ...child,
      position,
      parentId: requireId(parentIds, parent.slug, "category"),
    })),
  );
  const children = await db.category.createMany({ data: childRows, skipDuplicates: true });
  log.step("categories", topLevel.count + children.count, seeds.categories.length + childRows.length);

  const pages = await db.contextPage.createMany({
    data: seeds.contextPages.map((page, position) => ({ ...page, position })),
    skipDuplicates: true,
  });
  log.step("context pages", pages.count, seeds.contextPages.length);
}

export function requireId(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Unknown ${what} "${key}" in the seed data.`);
  return id;
}
