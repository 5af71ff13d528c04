import Link from "next/link";

/** A row of section links under the header; the current one is marked for screen readers too. */
export function SubNav({
  label,
  className = "sub-nav",
  links,
}: {
  label: string;
  className?: string;
  links: { href: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className={className}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={l.current ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
