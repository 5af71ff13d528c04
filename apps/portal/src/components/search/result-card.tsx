import type { OfferSearchItem } from "@free-city/api";
import { shortDateWords } from "@free-city/words";
import Link from "next/link";
import { ageWords, checkedWords, costWords } from "~/components/listing/words";
import { Photo, PhotoStandIn } from "~/components/photo";
import { offerWordsFor } from "~/components/text/marked";
import type { I18n } from "~/i18n/server";

/** Distance as people in the UK say it: miles, or yards when it is close. */
function distanceWords(metres: number, i18n: I18n): string {
  const miles = metres / 1609.344;
  if (miles < 0.25) return i18n.t("search.distanceClose");
  return i18n.t("search.distanceMiles", { miles: i18n.formatNumber(Math.round(miles * 10) / 10) });
}

/** A result of the search: what, for whom, next date, where, how far, and when it was last checked. */
export function ResultCard({
  item,
  i18n,
  today,
  eager = false,
}: {
  item: OfferSearchItem;
  i18n: I18n;
  today: string;
  /** The first card's photo loads at once; the rest only when scrolled near. */
  eager?: boolean;
}) {
  const { t, href, locale } = i18n;
  // The name and summary in the reader's language when the partner translated them; all else as written.
  const words = offerWordsFor(item, locale);
  const partner = words.original;
  const places = [...new Set(item.venues.map((venue) => `${venue.name}, ${venue.district.name}`))];
  return (
    <li className="offer-card">
      {item.cover ? (
        <Photo
          photo={item.cover}
          sizes="(min-width: 40rem) 18rem, 100vw"
          eager={eager}
          className="offer-card__photo"
          lang={partner.lang}
        />
      ) : (
        <PhotoStandIn icon={item.categoryIcon} eager={eager} className="offer-card__photo" />
      )}
      <h3 className="offer-card__title" {...words.attrs}>
        <Link href={href(`/offers/${item.slug}`)}>{words.title}</Link>
      </h3>
      {words.summary ? (
        <p className="offer-card__summary" {...words.attrs}>
          {words.summary}
        </p>
      ) : null}
      <ul className="offer-card__facts">
        <li className="fact fact--age">{ageWords(t, item.minAge, item.maxAge)}</li>
        <li className="fact fact--cost">{costWords(t, item.costType, item.costCondition, partner)}</li>
        {item.distanceMetres !== null ? (
          <li className="fact fact--distance">{distanceWords(item.distanceMetres, i18n)}</li>
        ) : null}
      </ul>
      <p className="offer-card__when">
        {item.nextDate
          ? t("search.nextDate", {
              date: item.nextDate === today ? t("search.today") : shortDateWords(item.nextDate, locale),
            })
          : t("search.noDates")}
      </p>
      {places.length > 0 ? (
        <p className="offer-card__where" {...partner}>
          {places.slice(0, 2).join("; ")}
          {places.length > 2 ? ` +${places.length - 2}` : ""}
        </p>
      ) : null}
      {item.lastConfirmedAt ? (
        <p className="offer-card__checked">
          {t("words.lastChecked")}{" "}
          <time dateTime={item.lastConfirmedAt.toISOString()}>{checkedWords(item.lastConfirmedAt, today, locale)}</time>
        </p>
      ) : null}
    </li>
  );
}
