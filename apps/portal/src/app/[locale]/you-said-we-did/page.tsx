import type { Metadata } from "next";
import Link from "next/link";
import { YouSaidWeDidEntry } from "~/components/you-said-we-did-entry";
import { getI18n } from "~/i18n/server";
import { publicData } from "~/server/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  return { title: t("youSaid.title") };
}

/** What young people told the council, and what the council did about it (moderated, anonymous). */
export default async function YouSaidWeDidPage({ params }: Props) {
  const i18n = await getI18n(params);
  const { t, href, formatNumber } = i18n;
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
            <YouSaidWeDidEntry entry={entry} i18n={i18n} />
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
