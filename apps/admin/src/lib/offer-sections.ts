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
  languages: {
    title: "Language and translations",
    slug: "languages",
    about: "The language you write in, and translations if you have them (optional)",
  },
};

export const SECTION_ORDER = Object.keys(offerSections) as OfferSection[];

export function sectionFromSlug(slug: string): OfferSection | null {
  return SECTION_ORDER.find((s) => SECTION_INFO[s].slug === slug) ?? null;
}

export type SectionState = "complete" | "incomplete" | "not-started" | "optional";

/** Sections an offer can be sent without (their answers have defaults): "Optional" until saved. */
const OPTIONAL_SECTIONS: ReadonlySet<OfferSection> = new Set(["languages"]);

/** Not started (none of its answers given), incomplete (some, or some wrong), complete, or optional and untouched. */
export function sectionState(
  section: OfferSection,
  content: Record<string, unknown>,
  incomplete: Partial<Record<OfferSection, string>>,
): SectionState {
  const keys = Object.keys((offerSections[section] as unknown as { shape: Record<string, unknown> }).shape);
  const started = keys.some((k) => content[k] !== undefined);
  if (!started && OPTIONAL_SECTIONS.has(section)) return "optional";
  if (!incomplete[section]) return "complete";
  return started ? "incomplete" : "not-started";
}
