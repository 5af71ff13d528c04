import Link from "next/link";
import type { ReactNode } from "react";

/** The link back up, above a page's heading ("Back to offers"), in its own paragraph. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="back-link">
        {children}
      </Link>
    </p>
  );
}
