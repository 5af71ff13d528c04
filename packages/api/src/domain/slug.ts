/** A readable, unique slug for a URL: "Saturday football skills" → "saturday-football-skills(-2…)". */
export async function uniqueSlug(
  text: string,
  taken: (slug: string) => Promise<boolean>,
  fallback = "item",
): Promise<string> {
  const base =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || fallback;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}
