"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

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
  return (
    <nav aria-label="Council staff" className="sub-nav staff-nav">
      <ul>
        {[...SECTIONS, ...(admin ? ADMIN_SECTIONS : [])].map((s) => (
          <li key={s.path}>
            <Link
              href={s.path}
              aria-current={(s.path === "/" ? pathname === "/" : pathname.startsWith(s.path)) ? "page" : undefined}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
