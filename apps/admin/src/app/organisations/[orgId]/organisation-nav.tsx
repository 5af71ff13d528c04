"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { path: "", label: "Offers" },
  { path: "/venues", label: "Venues" },
  { path: "/import", label: "Import offers" },
  { path: "/insights", label: "Insights" },
  { path: "/team", label: "Team" },
  { path: "/details", label: "Organisation details" },
];

/** The organisation's sections; the current one is marked for screen readers too. */
export function OrganisationNav({ organisationId }: { organisationId: string }) {
  const pathname = usePathname();
  const base = `/organisations/${organisationId}`;
  const current = (path: string) =>
    path === "" ? pathname === base || pathname.startsWith(`${base}/offers`) : pathname.startsWith(base + path);
  return (
    <nav aria-label="Organisation" className="sub-nav">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.path}>
            <Link href={base + s.path} aria-current={current(s.path) ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
