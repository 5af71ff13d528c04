import { type OfferSection, offerSections } from "@free-city/schemas";

/** The task list, in order, with what each section asks. */
export const SECTION_INFO: Record<OfferSection, { title: string; slug: string; about: string }> = {
  basics: { title: "What it is", slug: "basics", about: "Name, summary, description and categories" },
  audience: { title: "Who it's for", slug: "audience", about: "Ages, coming alone, and whether it is free" },
  when: { title: "When it happens", slug: "when", about: "Weekly sessions, one-off dates and cancelled dates" },
  where: { title: "Where it happens", slug: "where", about: "Your venues" },
  takeUp: { title: "How to take it up", slug: "take-up", about: "Turn up, book, show a code or ask at the desk" },
  access: { title: "Access and SEND", slug: "access", about: "Support for disabled young people and those with SEND" },
  safeguarding: {
    title: "Safeguarding",
    slug: "safeguarding",
    about: "Checked staff and how you keep young people safe",
  },
};

export const SECTION_ORDER = Object.keys(offerSections) as OfferSection[];

export function sectionFromSlug(slug: string): OfferSection | null {
  return SECTION_ORDER.find((s) => SECTION_INFO[s].slug === slug) ?? null;
}

export type SectionState = "complete" | "incomplete" | "not-started";

/** Not started (none of its answers given), incomplete (some, or some wrong) or complete. */
export function sectionState(
  section: OfferSection,
  content: Record<string, unknown>,
  incomplete: Partial<Record<OfferSection, string>>,
): SectionState {
  if (!incomplete[section]) return "complete";
  const keys = Object.keys((offerSections[section] as unknown as { shape: Record<string, unknown> }).shape);
  return keys.some((k) => content[k] !== undefined) ? "incomplete" : "not-started";
}
