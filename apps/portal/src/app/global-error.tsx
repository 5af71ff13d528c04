"use client";

import { useEffect } from "react";
import { ERROR_WORDS } from "~/lib/error-words";
import "./globals.css";

/**
 * When even the layout fails: the whole document, with error.tsx's apology in the address's
 * language (Urdu under /ur) and a way to try again.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const ur = typeof location !== "undefined" && /^\/ur(\/|$)/.test(location.pathname);
  const words = ur ? ERROR_WORDS.ur : ERROR_WORDS.en;
  return (
    <html lang={ur ? "ur" : "en-GB"} dir={ur ? "rtl" : "ltr"}>
      <body>
        <main id="main" className="main">
          <h1>{words.title}</h1>
          <p className="lead">{words.body}</p>
          <p>
            <button type="button" className="button" onClick={reset}>
              {words.retry}
            </button>{" "}
            <a href={ur ? "/ur" : "/"}>{words.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
