import { todayInCity } from "@free-city/db";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { orNotFound } from "~/components/listing/or-not-found";
import { Paragraphs } from "~/components/listing/paragraphs";
import { safeWebUrl, telHref } from "~/components/listing/words";
import { OfferCard } from "~/components/offer-card";
import { City, SLOT, withSlot } from "~/components/text/marked";
import { LOCALE_INFO } from "~/i18n/config";
import { getI18n } from "~/i18n/server";
import { formatCityDate } from "~/lib/city-date";
import { publicData } from "~/server/public-data";

// Offers go live and end: render per request, on the server.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** One query per request, shared by the metadata and the page. */
const loadOrganisation = cache((slug: string) => orNotFound(publicData.organisation(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadOrganisation((await params).slug);
  return { title: organisation.name, description: organisation.description.slice(0, 200) || undefined };
}

/** A verified organisation's short public profile: who they are, their pledge, what they run and where. */
export default async function OrganisationPage({ params }: Props) {
  const organisation = await loadOrganisation((await params).slug);
  const i18n = await getI18n(params);
  const { t, href, locale, partner, city } = i18n;
  const lang = LOCALE_INFO[locale].intl;
  const name = <span {...partner}>{organisation.name}</span>;
  const today = todayInCity();
  const website = safeWebUrl(organisation.website);
  const hasContact = Boolean(website || organisation.publicEmail || organisation.publicPhone);
  return (
    <article className="listing">
      <header className="listing__header">
        <h1 {...partner}>{organisation.name}</h1>
        <p className="listing__meta">
          {t(`sector.${organisation.sector}`)}
          {" · "}
          {organisation.pledgedAt ? (
            <Link href={href("/pledge")}>
              {withSlot(t("pledge.hasSigned", { name: SLOT }), name)} (
              <time dateTime={organisation.pledgedAt.toISOString()}>
                {formatCityDate(organisation.pledgedAt, lang)}
              </time>
              )
            </Link>
          ) : (
            withSlot(t("pledge.notSigned", { name: SLOT }), name)
          )}
        </p>
      </header>
      {/* Written by the organisation, in its own words and language (approved by the council). */}
      {organisation.description ? <Paragraphs text={organisation.description} {...partner} /> : null}

      {hasContact ? (
        <section aria-labelledby="contact">
          <h2 id="contact">{t("pledge.contact")}</h2>
          <dl className="facts-list">
            {website ? (
              <div>
                <dt>{t("pledge.website")}</dt>
                <dd>
                  <a href={website} rel="noopener noreferrer">
                    {new URL(website).host}
                  </a>
                </dd>
              </div>
            ) : null}
            {organisation.publicEmail ? (
              <div>
                <dt>{t("pledge.email")}</dt>
                <dd>
                  <a href={`mailto:${organisation.publicEmail}`}>{organisation.publicEmail}</a>
                </dd>
              </div>
            ) : null}
            {organisation.publicPhone ? (
              <div>
                <dt>{t("pledge.phone")}</dt>
                <dd>
                  <a href={telHref(organisation.publicPhone)} dir="ltr">
                    {organisation.publicPhone}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="offers">
        <h2 id="offers">{t("pledge.offers")}</h2>
        {organisation.offers.length === 0 ? <p>{withSlot(t("pledge.noOffers", { name: SLOT }), name)}</p> : null}
        <ul className="offer-cards">
          {organisation.offers.map((offer) => (
            <OfferCard key={offer.slug} offer={offer} today={today} i18n={i18n} />
          ))}
        </ul>
      </section>

      {organisation.venues.length > 0 ? (
        <section aria-labelledby="venues">
          <h2 id="venues">{t("pledge.venues")}</h2>
          <ul>
            {organisation.venues.map((venue) => (
              <li key={venue.slug}>
                <Link href={href(`/venues/${venue.slug}`)}>
                  <span {...partner}>{venue.name}</span>
                </Link>
                {" · "}
                <Link href={href(`/districts/${venue.district.slug}`)}>
                  <City value={city.text(venue.district.name)} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
