"use client";

import { useEffect } from "react";
import { ErrorMessage } from "~/components/error-message";
import { DEFAULT_LOCALE, LOCALE_INFO, splitLocale } from "~/i18n/config";
import "./globals.css";

/** When even the layout fails: the whole document, with error.tsx's message in the address's language. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const locale = typeof location !== "undefined" ? splitLocale(location.pathname).locale : DEFAULT_LOCALE;
  const { lang, dir } = LOCALE_INFO[locale];
  return (
    <html lang={lang} dir={dir}>
      <body>
        <main id="main" className="main">
          <ErrorMessage locale={locale} reset={reset} />
        </main>
      </body>
    </html>
  );
}
