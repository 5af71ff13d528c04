import Link from "next/link";

/** Cards linking to context pages (home page and /about). */
export function ContextPageList({
  pages,
  href,
}: {
  pages: { slug: string; title: string; summary: string }[];
  href: (path: string) => string;
}) {
  return (
    <ul className="pages">
      {pages.map((page) => (
        <li key={page.slug}>
          <Link href={href(`/about/${page.slug}`)}>{page.title}</Link>
          <p>{page.summary}</p>
        </li>
      ))}
    </ul>
  );
}
