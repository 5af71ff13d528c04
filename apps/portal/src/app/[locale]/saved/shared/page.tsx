import { todayInCity } from "@free-city/db";
import type { Metadata } from "next";
import Link from "next/link";
import { OfferCard } from "~/components/offer-card";
import { getI18n } from "~/i18n/server";
import { api } from "~/server/api";

// The list is in the address: render it per request, nothing is stored.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  // A list someone shared is theirs: not for search engines.
  return { title: t("saved.sharedTitle"), robots: { index: false } };
}

/** The offers named in a shared link (`?offers=slug,slug`): a friend's saved list, on any phone, without JavaScript. */
export default async function SharedSavedPage({ params, searchParams }: Props) {
  const i18n = await getI18n(params);
  const { t, href } = i18n;
  const raw = (await searchParams).offers;
  const slugs = (typeof raw === "string" ? raw : "")
    .split(",")
    .map((slug) => slug.trim())
    .filter((slug) => /^[a-z0-9-]{1,200}$/.test(slug))
    .slice(0, 50);
  const offers = slugs.length > 0 ? await api().listing.shared({ slugs }) : [];
  const today = todayInCity();
  return (
    <>
      <h1>{t("saved.sharedTitle")}</h1>
      <p className="lead">{t("saved.sharedIntro")}</p>
      {offers.length === 0 ? (
        <p>{t("saved.sharedEmpty")}</p>
      ) : (
        <h2>{t("common.thingsToDo", { count: offers.length, n: i18n.formatNumber(offers.length) })}</h2>
      )}
      <ul className="offer-cards">
        {offers.map((offer) => (
          <OfferCard key={offer.slug} offer={offer} today={today} i18n={i18n} />
        ))}
      </ul>
      <p className="no-print">
        <Link href={href("/saved")}>{t("saved.sharedMine")}</Link>
      </p>
    </>
  );
}
