import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { getCityContacts } from "../city/get-city-contacts.ts";

/**
 * One context page. Pages may name the city's settings as placeholders (`{{dataController}}`,
 * `{{privacyContact}}`, `{{youthVoiceRetentionMonths}}`, and the contacts: `{{partnerTeamEmail}}`,
 * `{{accessibilityPhone}}`, `{{safeguardingPhone}}`, `{{helplinePhone}}`…), filled in from the
 * city's row (seeded from seeds/city.json), so the privacy page always states what the retention
 * job actually does and every page gives a real person to contact. `template` is the Markdown as
 * written (what a translation follows) and `placeholders` the values, so a translated page is
 * filled in the same way.
 */
export async function getContextPage(db: Database, slug: string) {
  const page = await db.contextPage.findUnique({
    where: { slug },
    select: { slug: true, title: true, summary: true, audience: true, body: true, sources: true, updatedAt: true },
  });
  if (!page) throw new AppError("NOT_FOUND");
  if (!page.body.includes("{{")) return { ...page, template: page.body, placeholders: {} as Record<string, string> };
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
  return { ...page, body: fillPlaceholders(page.body, settings), template: page.body, placeholders: settings };
}

/** `{{name}}` in a page's Markdown replaced by its value (unknown names are left as they are). */
export function fillPlaceholders(markdown: string, values: Record<string, string>): string {
  return markdown.replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);
}
