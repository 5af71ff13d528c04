"use client";

import { type Locale, localePath, splitLocale } from "~/i18n/config";

/**
 * The link to this page in another language. The server writes the right address for the page
 * it rendered; after moving around inside the app the header is not rendered again, so the
 * address is worked out again from where the browser is now, just before the link is followed.
 */
export function LanguageLink({
  target,
  href,
  lang,
  dir,
  children,
}: {
  target: Locale;
  href: string;
  lang: string;
  dir: "ltr" | "rtl";
  children: string;
}) {
  const update = (event: { currentTarget: HTMLAnchorElement }) => {
    event.currentTarget.href = localePath(
      target,
      `${splitLocale(window.location.pathname).path}${window.location.search}`,
    );
  };
  return (
    <a href={href} lang={lang} dir={dir} hrefLang={lang} onClick={update} onFocus={update} onPointerEnter={update}>
      {children}
    </a>
  );
}
