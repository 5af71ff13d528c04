import { todayInCity } from "@free-city/db";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { FeedLinks } from "~/components/feed-links";
import { orNotFound } from "~/components/listing/or-not-found";
import { OfferCard } from "~/components/offer-card";
import { City, SLOT, withSlot } from "~/components/text/marked";
import { getI18n } from "~/i18n/server";
import { api } from "~/server/api";
import { shareMetadata } from "~/server/share-metadata";

// Offers go live and end: render per request, on the server.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** One query per request, shared by the metadata and the page. */
const loadDistrict = cache((slug: string) => orNotFound(api().listing.district({ slug })));

/** The heading id of a category's group, for the "jump to" links. */
const groupId = (slug: string | undefined) => `group-${slug ?? "other"}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { district } = await loadDistrict((await params).slug);
  const i18n = await getI18n(params);
  const { t, locale } = i18n;
  const title = t("district.title", { district: district.name });
  const description = (district.summary && i18n.city.text(district.summary).text) || t("layout.metaDescription");
  const share = await shareMetadata({
    title,
    description,
    locale,
    path: `/districts/${district.slug}`,
    siteName: t("layout.siteName"),
  });
  return {
    ...share,
    title,
    description,
    alternates: {
      ...share.alternates,
      // Feed readers find the district's news feed from the page.
      types: { "application/atom+xml": `/feeds/districts/${district.slug}.atom` },
    },
  };
}

export default async function DistrictPage({ params }: Props) {
  const { district, totalOffers, groups } = await loadDistrict((await params).slug);
  const i18n = await getI18n(params);
  const { t, href, formatNumber, city } = i18n;
  const today = todayInCity();
  const name = <City value={city.text(district.name)} />;
  return (
    <>
      <header className="listing__header">
        <h1>{withSlot(t("district.title", { district: SLOT }), name)}</h1>
        {district.summary ? (
          <p className="lead">
            <City value={city.text(district.summary)} />
          </p>
        ) : null}
        <p>
          <span className="count">{t("common.thingsToDo", { count: totalOffers, n: formatNumber(totalOffers) })}</span>
        </p>
        <FeedLinks
          calendarPath={`/feeds/districts/${district.slug}.ics`}
          atomPath={`/feeds/districts/${district.slug}.atom`}
          labels={{ calendar: t("feeds.subscribeCalendar"), atom: t("feeds.newsFeed") }}
        />
      </header>

      {groups.length > 1 ? (
        <nav className="jump" aria-labelledby="jump-title">
          <h2 id="jump-title">{t("district.jumpTo")}</h2>
          <ul>
            {groups.map((group) => (
              <li key={groupId(group.category?.slug)}>
                <a href={`#${groupId(group.category?.slug)}`}>
                  {group.category ? <City value={city.text(group.category.name)} /> : t("district.other")}{" "}
                  <span className="jump__count">({formatNumber(group.count)})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {groups.length === 0 ? (
        <p>
          {withSlot(t("district.empty", { district: SLOT }), name)}{" "}
          <Link href={href("/")}>{t("district.emptyLink")}</Link>
        </p>
      ) : null}

      {groups.map((group) => (
        <section key={groupId(group.category?.slug)} aria-labelledby={groupId(group.category?.slug)}>
          <h2 id={groupId(group.category?.slug)}>
            {group.category ? <City value={city.text(group.category.name)} /> : t("district.other")}{" "}
            <span className="count">{formatNumber(group.count)}</span>
          </h2>
          <ul className="offer-cards">
            {group.offers.map((offer) => (
              <OfferCard key={offer.slug} offer={offer} today={today} i18n={i18n} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
