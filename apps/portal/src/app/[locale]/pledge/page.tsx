import type { Metadata } from "next";
import Link from "next/link";
import { City, SLOT, withSlot } from "~/components/text/marked";
import { LOCALE_INFO } from "~/i18n/config";
import { getI18n } from "~/i18n/server";
import { formatCityDate } from "~/lib/city-date";
import { api } from "~/server/api";

// Who has signed changes when the council verifies an organisation: render per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  return { title: t("pledge.title"), description: t("pledge.intro") };
}

/**
 * The pledge wall: the commission asked businesses and city leaders to sign up in public. Every
 * verified organisation in good standing that signed, with totals by kind and by district.
 */
export default async function PledgePage({ params }: Props) {
  const { t, href, formatNumber, locale, partner, city } = await getI18n(params);
  const lang = LOCALE_INFO[locale].intl;
  /** District names as a list in the reader's language, each name as the city writes it (see City). */
  const districtList = (names: string[]) =>
    new Intl.ListFormat(lang, { type: "conjunction" })
      .formatToParts(names)
      .map((part, i) =>
        part.type === "element" ? <City key={i} value={city.text(part.value)} /> : <span key={i}>{part.value}</span>,
      );
  const wall = await api().pledge.wall();
  const total = wall.organisations.length;
  return (
    <>
      <h1>{t("pledge.title")}</h1>
      <p className="lead">{t("pledge.intro")}</p>
      <p>
        <span className="count">{t("pledge.total", { count: total, n: formatNumber(total) })}</span>
      </p>

      {total === 0 ? <p>{t("pledge.empty")}</p> : null}

      {total > 0 ? (
        <div className="pledge-totals">
          <section aria-labelledby="by-sector">
            <h2 id="by-sector">{t("pledge.bySector")}</h2>
            <ul className="tally">
              {wall.bySector.map((row) => (
                <li key={row.sector}>
                  {t(`sector.${row.sector}`)} <span className="count">{formatNumber(row.count)}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="by-district">
            <h2 id="by-district">{t("pledge.byDistrict")}</h2>
            <ul className="tally">
              {wall.byDistrict.map((row) => (
                <li key={row.slug}>
                  <Link href={href(`/districts/${row.slug}`)}>
                    <City value={city.text(row.name)} />
                  </Link>{" "}
                  <span className="count">{formatNumber(row.count)}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}

      {total > 0 ? (
        <section aria-labelledby="signatories">
          <h2 id="signatories">{t("pledge.listTitle")}</h2>
          <ul className="pledge-list">
            {wall.organisations.map((organisation) => (
              <li key={organisation.slug}>
                <h3 {...partner}>
                  <Link href={href(`/organisations/${organisation.slug}`)}>{organisation.name}</Link>
                </h3>
                <p className="muted">
                  {t(`sector.${organisation.sector}`)} ·{" "}
                  <time dateTime={organisation.pledgedAt.toISOString()}>
                    {t("pledge.signedOn", { date: formatCityDate(organisation.pledgedAt, lang) })}
                  </time>
                </p>
                <p>
                  {t("common.thingsToDo", {
                    count: organisation.liveOffers,
                    n: formatNumber(organisation.liveOffers),
                  })}
                  {organisation.districts.length > 0 ? (
                    <>
                      {" · "}
                      {withSlot(
                        t("pledge.in", { districts: SLOT }),
                        districtList(organisation.districts.map((district) => district.name)),
                      )}
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{t("pledge.joinTitle")}</h2>
      <p>
        <Link href={href("/about/for-partners")}>{t("pledge.joinLink")}</Link>
      </p>
    </>
  );
}
