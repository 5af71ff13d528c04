import Link from "next/link";

/** "Page 2 of 7" with previous and next links, for staff lists shown a page at a time. */
export function Pager({ path, page, pages, label }: { path: string; page: number; pages: number; label: string }) {
  if (pages <= 1) return null;
  const link = (n: number) => `${path}?page=${n}`;
  return (
    <nav aria-label={label} className="button-group">
      {page > 1 ? <Link href={link(page - 1)}>Previous page</Link> : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={link(page + 1)}>Next page</Link> : null}
    </nav>
  );
}

/** The page number in a list's `?page=`, 1 when missing or not a page number. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
