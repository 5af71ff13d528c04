"use client";

import { usePathname } from "next/navigation";
import { SubNav } from "~/components/sub-nav";

const SECTIONS = [
  { path: "/", label: "Home" },
  { path: "/review", label: "Review queue" },
  { path: "/reports", label: "Reports" },
  { path: "/voice", label: "Youth voice" },
  { path: "/coverage", label: "Coverage" },
  { path: "/pledge", label: "Pledge" },
  { path: "/audit", label: "Audit log" },
];
const ADMIN_SECTIONS = [
  { path: "/taxonomy", label: "Categories" },
  { path: "/staff", label: "Staff" },
];

/** The council staff's sections, on every staff page. */
export function StaffNav({ admin }: { admin: boolean }) {
  const pathname = usePathname();
  const links = [...SECTIONS, ...(admin ? ADMIN_SECTIONS : [])].map((s) => ({
    href: s.path,
    label: s.label,
    current: s.path === "/" ? pathname === "/" : pathname.startsWith(s.path),
  }));
  return <SubNav label="Council staff" className="sub-nav staff-nav" links={links} />;
}
