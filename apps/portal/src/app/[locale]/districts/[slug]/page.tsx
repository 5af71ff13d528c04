import { todayInCity } from "@free-city/db";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { FeedLinks } from "~/components/feed-links";
import { orNotFound } from "~/components/listing/or-not-found";
import { OfferCard } from "~/components/offer-card";
import { ResultCard } from "~/components/search/result-card";
import { parseOfferSearchParams, searchHref } from "~/components/search/search-url";
import { City, SLOT, withSlot } from "~/components/text/marked";
import { YouSaidWeDidEntry } from "~/components/you-said-we-did-entry";
import { getI18n } from "~/i18n/server";
import { publicData } from "~/server/public-data";
import { shareMetadata } from "~/server/share-metadata";

// Offers go live and end: render per request, on the server.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** One query per request, shared by the metadata and the page. */
const loadDistrict = cache((slug: string) => orNotFound(publicData.district(slug)));

/** How many of what's on today (and this weekend) the page shows before "see them all". */
const ON_SOON = 4;

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
  const { district, totalOffers, groups, nearby, youSaidWeDid } = await loadDistrict((await params).slug);
  const i18n = await getI18n(params);
  const { t, href, formatNumber, city } = i18n;
  const today = todayInCity();
  // Place names stay as written in English, marked as English on other languages' pages.
  const name = <City value={city.text(district.name)} />;
  // What's on soon here: the search's own statements, so the page and "see them all" agree.
  const onToday = parseOfferSearchParams({ district: district.slug, when: "today", sort: "soonest" });
  const onWeekend = parseOfferSearchParams({ district: district.slug, when: "weekend", sort: "soonest" });
  const [todayResults, weekendResults] = await Promise.all([
    publicData.districtSoon(onToday),
    publicData.districtSoon(onWeekend),
  ]);
  const soon = [
    {
      id: "on-today",
      title: t("district.onToday"),
      none: t("district.noneToday"),
      state: onToday,
      results: todayResults,
    },
    {
      id: "on-weekend",
      title: t("district.onWeekend"),
      none: t("district.noneWeekend"),
      state: onWeekend,
      results: weekendResults,
    },
  ];
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

      <p>
        <Link className="button" href={href(`/suggest?district=${district.slug}`)}>
          <span>{withSlot(t("district.suggest", { district: SLOT }), name)}</span>
        </Link>
      </p>

      {soon.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <h2 id={section.id}>
            {section.title}{" "}
            <span className="count">
              {formatNumber(section.results.total)}
              {section.results.totalIsAtLeast ? "+" : ""}
            </span>
          </h2>
          {section.results.total === 0 ? <p>{section.none}</p> : null}
          <ul className="offer-cards">
            {section.results.items.slice(0, ON_SOON).map((item) => (
              <ResultCard key={item.slug} item={item} i18n={i18n} today={today} />
            ))}
          </ul>
          {section.results.total > ON_SOON ? (
            <p>
              <Link href={href(searchHref("/search", section.state))}>
                {t("district.seeAll", {
                  count: section.results.total,
                  n: `${formatNumber(section.results.total)}${section.results.totalIsAtLeast ? "+" : ""}`,
                })}
              </Link>
            </p>
          ) : null}
        </section>
      ))}

      {groups.length > 0 ? <h2>{t("district.byCategory")}</h2> : null}
      {groups.length > 1 ? (
        <nav className="jump" aria-labelledby="jump-title">
          <h3 id="jump-title">{t("district.jumpTo")}</h3>
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
          <h3 id={groupId(group.category?.slug)}>
            {group.category ? <City value={city.text(group.category.name)} /> : t("district.other")}{" "}
            <span className="count">{formatNumber(group.count)}</span>
          </h3>
          <ul className="offer-cards">
            {group.offers.map((offer) => (
              <OfferCard key={offer.slug} offer={offer} today={today} i18n={i18n} />
            ))}
          </ul>
          {group.category && group.count > group.offers.length ? (
            <p>
              <Link href={href(searchHref("/search", { district: [district.slug], category: [group.category.slug] }))}>
                {t("district.seeAll", { count: group.count, n: formatNumber(group.count) })}
              </Link>
            </p>
          ) : null}
        </section>
      ))}

      {youSaidWeDid.length > 0 ? (
        <section aria-labelledby="you-said">
          <h2 id="you-said">{withSlot(t("district.youSaid", { district: SLOT }), name)}</h2>
          <ul className="you-said">
            {youSaidWeDid.map((entry) => (
              <li key={`${entry.publishedAt.toISOString()}-${entry.youSaid}`}>
                <YouSaidWeDidEntry entry={entry} i18n={i18n} />
              </li>
            ))}
          </ul>
          <p>
            <Link href={href("/you-said-we-did")}>{t("district.allYouSaid")}</Link>
          </p>
        </section>
      ) : null}

      {nearby.length > 0 ? (
        <nav aria-labelledby="nearby">
          <h2 id="nearby">{t("district.nearby")}</h2>
          <ul className="link-row">
            {nearby.map((near) => (
              <li key={near.slug}>
                <Link href={href(`/districts/${near.slug}`)}>
                  <City value={city.text(near.name)} />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
