import Link from "next/link";
import type { CityWords } from "~/server/city-words";
import { City } from "./text/marked";

/** Cards linking to context pages (home page and /about), in the reader's language where translated. */
export function ContextPageList({
  pages,
  href,
  city,
}: {
  pages: { slug: string; title: string; summary: string }[];
  href: (path: string) => string;
  city: CityWords;
}) {
  return (
    <ul className="pages">
      {pages.map((page) => (
        <li key={page.slug}>
          <Link href={href(`/about/${page.slug}`)}>
            <City value={city.text(page.title)} />
          </Link>
          <p>
            <City value={city.text(page.summary)} />
          </p>
        </li>
      ))}
    </ul>
  );
}
