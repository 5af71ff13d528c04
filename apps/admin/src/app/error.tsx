"use client";

import { useEffect } from "react";

/**
 * A page that failed: a plain apology, a way to try again and the reference its detail is logged
 * under on the server (never the error's own text, which may name database internals).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <>
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
    </>
  );
}
