import { NONCE_HEADER } from "@free-city/api/http";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { LanguageLink } from "~/components/language-link";
import { LOCALE_INFO, LOCALES, localePath } from "~/i18n/config";
import { currentPath, getI18n } from "~/i18n/server";
import { shareMetadata } from "~/server/share-metadata";
// Urdu and Arabic text in Naskh, Bengali in Noto Sans Bengali, self-hosted: the browser fetches a
// font from this site only when a page uses it (Naskh's @font-face rules carry a unicode-range;
// the Bengali font is named only for Bengali text), so English pages never load them.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "@fontsource/noto-sans-bengali/bengali-400.css";
import "@fontsource/noto-sans-bengali/bengali-700.css";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await getI18n(params);
  // Every page shares well by default (the site's card); listing pages give their own.
  const share = await shareMetadata({
    title: t("layout.metaTitle"),
    description: t("layout.metaDescription"),
    locale,
    siteName: t("layout.siteName"),
  });
  return {
    ...share,
    title: { default: t("layout.metaTitle"), template: `%s – ${t("layout.siteName")}` },
    description: t("layout.metaDescription"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#4c1d95" };

export default async function RootLayout({ children, params }: Props) {
  const { t, lang, dir, href, locale } = await getI18n(params);
  const path = await currentPath();
  // The proxy's per-response nonce: the Content-Security-Policy runs no inline script without it.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // suppressHydrationWarning: the one-line script below adds the "js" class before React starts.
    <html lang={lang} dir={dir} suppressHydrationWarning>
      <body>
        {/* Lets the CSS fold the filters on phones only when the JavaScript that unfolds them runs. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string written here, no outside input; it carries the nonce */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('js')" }} />
        <a className="skip-link" href="#main">
          {t("layout.skipLink")}
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link className="logo" href={href("/")}>
              <span className="logo__mark" aria-hidden="true">
                ★
              </span>
              {t("layout.siteName")}
            </Link>
            <nav aria-label={t("layout.navLabel")}>
              <ul className="nav">
                <li>
                  <Link href={href("/search")}>{t("layout.navSearch")}</Link>
                </li>
                <li>
                  <Link href={href("/saved")}>{t("layout.navSaved")}</Link>
                </li>
                <li>
                  <Link href={href("/about")}>{t("layout.navAbout")}</Link>
                </li>
              </ul>
            </nav>
            <nav aria-label={t("layout.languageLabel")} className="languages">
              <ul className="nav">
                {LOCALES.filter((other) => other !== locale).map((other) => (
                  <li key={other}>
                    {/* Each language's name in its own language, so a reader who needs it can find it. */}
                    <LanguageLink
                      target={other}
                      href={localePath(other, path)}
                      lang={LOCALE_INFO[other].lang}
                      dir={LOCALE_INFO[other].dir}
                    >
                      {LOCALE_INFO[other].name}
                    </LanguageLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <ul>
              <li>
                <Link href={href("/about/privacy")}>{t("layout.footerPrivacy")}</Link>
              </li>
              <li>
                <Link href={href("/about/accessibility")}>{t("layout.footerAccessibility")}</Link>
              </li>
              <li>
                <Link href={href("/you-said-we-did")}>{t("layout.footerYouSaid")}</Link>
              </li>
              <li>
                <Link href={href("/suggest")}>{t("layout.footerSuggest")}</Link>
              </li>
              <li>
                <Link href={href("/about/for-partners")}>{t("layout.footerPartners")}</Link>
              </li>
              <li>
                <Link href={href("/pledge")}>{t("layout.footerPledge")}</Link>
              </li>
              <li>
                <Link href={href("/open-data")}>{t("layout.footerOpenData")}</Link>
              </li>
            </ul>
            <p>{t("layout.footerNote")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
