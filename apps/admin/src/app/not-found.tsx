import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** An address that names nothing, or something the signed-in person may not see (they get the same answer). */
export default function NotFound() {
  return (
    <>
      <h1>We can't find that page</h1>
      <p className="lead">The link may be old, or the page may have been removed.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </>
  );
}
