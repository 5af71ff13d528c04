import type { Database } from "@free-city/db";
import { outcodeOf } from "@free-city/schemas";

/** The district a postcode is in, from the city's own postcode-district list (no outside service), or null. */
export async function suggestDistrict(db: Database, postcode: string) {
  const area = await db.postcodeArea.findUnique({
    where: { outcode: outcodeOf(postcode) },
    select: { district: { select: { id: true, name: true } } },
  });
  return area ? { districtId: area.district.id, districtName: area.district.name } : null;
}
