"use client";

import { useEffect } from "react";
import { ErrorMessage } from "~/components/error-message";
import "./globals.css";

/** When even the layout fails: the whole document, with the same message as error.tsx. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <html lang="en-GB">
      <body>
        <main id="main" className="main">
          <ErrorMessage digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
