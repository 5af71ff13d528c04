import type { Database } from "@free-city/db";

/** The city's districts in order, by id and name: what a venue can be placed in. */
export function listDistrictNames(db: Database) {
  return db.district.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } });
}
