import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { getCityContacts } from "../city/get-city-contacts.ts";

/**
 * One context page. Pages may name the city's settings as placeholders (`{{dataController}}`,
 * `{{privacyContact}}`, `{{youthVoiceRetentionMonths}}`, and the contacts: `{{partnerTeamEmail}}`,
 * `{{accessibilityPhone}}`, `{{safeguardingPhone}}`, `{{helplinePhone}}`…), filled in from the
 * city's row (seeded from seeds/city.json), so the privacy page always states what the retention
 * job actually does and every page gives a real person to contact.
 */
export async function getContextPage(db: Database, slug: string) {
  const page = await db.contextPage.findUnique({
    where: { slug },
    select: { slug: true, title: true, summary: true, audience: true, body: true, sources: true, updatedAt: true },
  });
  if (!page) throw new AppError("NOT_FOUND");
  if (!page.body.includes("{{")) return page;
  const [city, contacts] = await Promise.all([
    db.city.findFirst({
      orderBy: { createdAt: "asc" },
      select: { name: true, dataController: true, privacyContact: true, youthVoiceRetentionMonths: true },
    }),
    getCityContacts(db),
  ]);
  const council = `the ${city?.name ?? "city"} council`;
  const settings: Record<string, string> = {
    cityName: city?.name ?? "the council",
    dataController: city?.dataController || `${city?.name ?? "The"} council`,
    privacyContact: city?.privacyContact || contacts?.dataProtection.email || "the council",
    youthVoiceRetentionMonths: String(city?.youthVoiceRetentionMonths ?? 12),
    partnerTeamName: contacts?.partnerTeam.name ?? council,
    partnerTeamEmail: contacts?.partnerTeam.email ?? council,
    partnerTeamPhone: contacts?.partnerTeam.phone ?? council,
    partnerTeamHours: contacts?.partnerTeam.hours ?? "",
    accessibilityEmail: contacts?.accessibility.email ?? council,
    accessibilityPhone: contacts?.accessibility.phone ?? council,
    safeguardingName: contacts?.safeguarding.name ?? council,
    safeguardingPhone: contacts?.safeguarding.phone ?? council,
    safeguardingHours: contacts?.safeguarding.hours ?? "",
    helplineName: contacts?.youngPeople.helpline ?? "Childline",
    helplinePhone: contacts?.youngPeople.phone ?? "0800 1111",
    emergencyPhone: contacts?.youngPeople.emergency ?? "999",
  };
  return { ...page, body: page.body.replace(/\{\{(\w+)\}\}/g, (match, key: string) => settings[key] ?? match) };
}
