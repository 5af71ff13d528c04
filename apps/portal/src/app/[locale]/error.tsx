"use client";

import { useEffect } from "react";
import { ErrorMessage } from "~/components/error-message";

/** The friendly error page, inside the layout of the address's language. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const ur = typeof document !== "undefined" && document.documentElement.lang === "ur";
  return <ErrorMessage ur={ur} reset={reset} />;
}
