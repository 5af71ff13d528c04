/**
 * The order open reports are shown in on a page of the staff queue: "a photo shouldn't be here"
 * first (a photo of a child may need taking down at once; the API puts them first across pages
 * too), then safety concerns, then the rest, each group in the order given (oldest first).
 */
const URGENCY: Record<string, number> = { PHOTO: 0, SAFETY_CONCERN: 1 };

export function urgentReportsFirst<T extends { reason: string }>(reports: readonly T[]): T[] {
  const rank = (report: T) => URGENCY[report.reason] ?? 2;
  return [...reports].sort((a, b) => rank(a) - rank(b));
}
