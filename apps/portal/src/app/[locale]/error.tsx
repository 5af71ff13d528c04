"use client";

import { useEffect } from "react";
import { ErrorMessage } from "~/components/error-message";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/config";

/** The friendly error page, inside the layout of the address's language. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const lang = typeof document !== "undefined" ? document.documentElement.lang.slice(0, 2) : DEFAULT_LOCALE;
  return <ErrorMessage locale={isLocale(lang) ? lang : DEFAULT_LOCALE} reset={reset} />;
}
