"use client";

import { useEffect } from "react";
import { ErrorMessage } from "~/components/error-message";

/** A page that failed, inside the layout. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return <ErrorMessage digest={error.digest} reset={reset} />;
}
