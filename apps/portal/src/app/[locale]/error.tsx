"use client";

import { useEffect } from "react";
import { ERROR_WORDS } from "~/components/error-words";
import { DEFAULT_LOCALE, isLocale, localePath } from "~/i18n/config";

/** The friendly error page: no stack trace, a way to try again, in the page's language. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const lang = typeof document !== "undefined" ? document.documentElement.lang.slice(0, 2) : DEFAULT_LOCALE;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const words = ERROR_WORDS[locale];
  return (
    <>
      <h1>{words.title}</h1>
      <p className="lead">{words.body}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {words.retry}
        </button>{" "}
        <a href={localePath(locale, "/")}>{words.home}</a>
      </p>
    </>
  );
}
