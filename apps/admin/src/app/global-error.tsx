"use client";

import { useEffect } from "react";
import "./globals.css";

/**
 * When even the layout fails: the whole document, with the same plain apology as error.tsx and
 * the reference the detail is logged under.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <html lang="en-GB">
      <body>
        <main id="main" className="main">
          <h1>Sorry, something went wrong</h1>
          <p className="lead">This is our fault, not yours. Please try again in a minute.</p>
          {error.digest ? (
            <p>
              If it keeps happening, tell the Free City team this reference: <code>{error.digest}</code>
            </p>
          ) : null}
          <p>
            <button type="button" className="button" onClick={reset}>
              Try again
            </button>{" "}
            <a href="/">Go to the start page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
