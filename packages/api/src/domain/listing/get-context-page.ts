import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

/**
 * One context page. Pages may name the city's privacy settings as placeholders
 * (`{{dataController}}`, `{{privacyContact}}`, `{{youthVoiceRetentionMonths}}`), filled in from the
 * city's row (seeded from seeds/city.json), so the privacy page always states what the
 * retention job actually does.
 */
export async function getContextPage(db: Database, slug: string) {
  const page = await db.contextPage.findUnique({
    where: { slug },
    select: { slug: true, title: true, summary: true, audience: true, body: true, sources: true, updatedAt: true },
  });
  if (!page) throw new AppError("NOT_FOUND");
  if (!page.body.includes("{{")) return page;
  const city = await db.city.findFirst({
    orderBy: { createdAt: "asc" },
    select: { name: true, dataController: true, privacyContact: true, youthVoiceRetentionMonths: true },
  });
  const settings: Record<string, string> = {
    cityName: city?.name ?? "the council",
    dataController: city?.dataController || `${city?.name ?? "The"} council`,
    privacyContact: city?.privacyContact || "the council",
    youthVoiceRetentionMonths: String(city?.youthVoiceRetentionMonths ?? 12),
  };
  return { ...page, body: page.body.replace(/\{\{(\w+)\}\}/g, (match, key: string) => settings[key] ?? match) };
}
