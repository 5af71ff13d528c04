"use client";

import { usePathname } from "next/navigation";
import { SubNav } from "~/components/sub-nav";

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
  const links = SECTIONS.map((s) => ({ href: base + s.path, label: s.label, current: current(s.path) }));
  return <SubNav label="Organisation" links={links} />;
}
