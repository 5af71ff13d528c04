import type { Metadata } from "next";
import Link from "next/link";
import { ENGLISH } from "~/components/text/marked";
import { LOCALE_INFO } from "~/i18n/config";
import { getI18n } from "~/i18n/server";
import { formatCityDate } from "~/lib/city-date";
import { publicData } from "~/server/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  return { title: t("youSaid.title") };
}

/** What young people told the council, and what the council did about it (moderated, anonymous). */
export default async function YouSaidWeDidPage({ params }: Props) {
  const { t, href, locale, formatNumber } = await getI18n(params);
  // Young people's words and the council's answers are written in English for now.
  const english = locale === "en" ? {} : ENGLISH;
  const entries = await publicData.youSaidWeDid();
  return (
    <>
      <h1>{t("youSaid.title")}</h1>
      <p className="lead">{t("youSaid.intro")}</p>
      {entries.length === 0 ? <p>{t("youSaid.empty")}</p> : null}
      <ul className="you-said">
        {entries.map((entry, index) => (
          <li key={index}>
            <h2 className="visually-hidden">{t("youSaid.entry", { n: formatNumber(index + 1) })}</h2>
            <p>
              <strong>{t("youSaid.youSaid")}</strong> <span {...english}>{entry.youSaid}</span>
            </p>
            <p>
              <strong>{t("youSaid.weDid")}</strong> <span {...english}>{entry.weDid}</span>
            </p>
            <p className="muted">
              <time dateTime={entry.publishedAt.toISOString()}>
                {formatCityDate(entry.publishedAt, LOCALE_INFO[locale].intl)}
              </time>
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link className="button" href={href("/suggest")}>
          {t("youSaid.suggest")}
        </Link>
      </p>
    </>
  );
}
