import { todayInCity } from "@free-city/db";
import { openingHoursWords } from "@free-city/words";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ListingPhotos } from "~/components/listing/listing-photos";
import { orNotFound } from "~/components/listing/or-not-found";
import { Paragraphs } from "~/components/listing/paragraphs";
import { AccessFeatureList } from "~/components/listing/venue-access";
import { VenueAddress } from "~/components/listing/venue-address";
import { WhenText } from "~/components/listing/when-text";
import { OfferCard } from "~/components/offer-card";
import { SLOT, withSlot } from "~/components/text/marked";
import { getI18n } from "~/i18n/server";
import { jsonLdScript, venueJsonLd } from "~/lib/json-ld";
import { siteOrigin } from "~/server/origin";
import { publicData } from "~/server/public-data";
import { shareMetadata } from "~/server/share-metadata";

// Offers go live and end: render per request, on the server.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** One query per request, shared by the metadata and the page. */
const loadVenue = cache((slug: string) => orNotFound(publicData.venue(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const venue = await loadVenue((await params).slug);
  const { t, locale } = await getI18n(params);
  const description = t("venue.metaDescription", { name: venue.name, town: venue.town });
  const share = await shareMetadata({
    title: venue.name,
    description,
    locale,
    path: `/venues/${venue.slug}`,
    siteName: t("layout.siteName"),
  });
  return { ...share, title: venue.name, description };
}

export default async function VenuePage({ params }: Props) {
  const venue = await loadVenue((await params).slug);
  const i18n = await getI18n(params);
  const { t, href, partner, locale } = i18n;
  const today = todayInCity();
  const hours = openingHoursWords(venue.openingHours, locale);
  const origin = siteOrigin();
  return (
    <article className="listing">
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD built from the venue, with "<" escaped.
        dangerouslySetInnerHTML={{ __html: jsonLdScript(venueJsonLd(venue, origin)) }}
      />
      <header className="listing__header">
        <h1 {...partner}>{venue.name}</h1>
        <p className="lead">
          {withSlot(
            t.rich("venue.runBy", {
              name: SLOT,
              district: venue.district.name,
              link: (chunks) => <Link href={href(`/districts/${venue.district.slug}`)}>{chunks}</Link>,
            }),
            <span {...partner}>{venue.organisation.name}</span>,
          )}
        </p>
        {venue.photos.length > 0 ? <ListingPhotos photos={venue.photos} /> : null}
      </header>

      <div className="listing__columns">
        <section aria-labelledby="address-title">
          <h2 id="address-title">{t("venue.address")}</h2>
          <VenueAddress venue={venue} i18n={i18n} />
        </section>

        <section aria-labelledby="hours-title">
          <h2 id="hours-title">{t("venue.openingTimes")}</h2>
          {hours.length > 0 ? (
            <ul className="when">
              {hours.map((line) => (
                <li key={line}>
                  <WhenText text={line} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("venue.noHours")}</p>
          )}
          <Paragraphs text={venue.openingNotes} {...partner} />
        </section>
      </div>

      <section aria-labelledby="access-title">
        <h2 id="access-title">{t("venue.access")}</h2>
        {venue.accessFeatures.length === 0 && !venue.accessNotes ? (
          <p>{withSlot(t("venue.noAccess", { name: SLOT }), <span {...partner}>{venue.organisation.name}</span>)}</p>
        ) : null}
        <AccessFeatureList features={venue.accessFeatures} t={t} />
        <Paragraphs text={venue.accessNotes} {...partner} />
      </section>

      <section aria-labelledby="offers-title">
        <h2 id="offers-title">
          {t("venue.offersHere")} <span className="count">{i18n.formatNumber(venue.offers.length)}</span>
        </h2>
        {venue.offers.length > 0 ? (
          <ul className="offer-cards">
            {venue.offers.map((offer) => (
              <OfferCard key={offer.slug} offer={offer} today={today} i18n={i18n} />
            ))}
          </ul>
        ) : (
          <p>{t("venue.empty")}</p>
        )}
      </section>
    </article>
  );
}
