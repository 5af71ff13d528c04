"use client";

import { useEffect } from "react";
import { ErrorMessage } from "~/components/error-message";
import "./globals.css";

/** When even the layout fails: the whole document, with error.tsx's message in the address's language. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const ur = typeof location !== "undefined" && /^\/ur(\/|$)/.test(location.pathname);
  return (
    <html lang={ur ? "ur" : "en-GB"} dir={ur ? "rtl" : "ltr"}>
      <body>
        <main id="main" className="main">
          <ErrorMessage ur={ur} reset={reset} />
        </main>
      </body>
    </html>
  );
}
