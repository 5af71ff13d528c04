"use client";

import { useEffect } from "react";
import { ERROR_WORDS } from "~/lib/error-words";

/** The friendly error page: no stack trace, a way to try again (its words: ERROR_WORDS). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const ur = typeof document !== "undefined" && document.documentElement.lang === "ur";
  const words = ur ? ERROR_WORDS.ur : ERROR_WORDS.en;
  return (
    <>
      <h1>{words.title}</h1>
      <p className="lead">{words.body}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {words.retry}
        </button>{" "}
        <a href={ur ? "/ur" : "/"}>{words.home}</a>
      </p>
    </>
  );
}
