import type { Database } from "@free-city/db";
import { type CityContacts, cityContacts } from "@free-city/schemas";

/**
 * The council's contacts, from the city's row (seeded from seeds/city.json, checked there), or
 * null for an installation that has not set them yet; pages then say "the council" and give
 * nothing to contact rather than a wrong number.
 */
export async function getCityContacts(db: Database): Promise<CityContacts | null> {
  const city = await db.city.findFirst({ orderBy: { createdAt: "asc" }, select: { contacts: true } });
  const parsed = cityContacts.safeParse(city?.contacts);
  return parsed.success ? parsed.data : null;
}
