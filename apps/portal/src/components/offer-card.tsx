import type { AppRouter } from "@free-city/api";
import { scheduleWords } from "@free-city/words";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { WhenText } from "~/components/listing/when-text";
import { ageWords, costWords } from "~/components/listing/words";
import type { I18n } from "~/i18n/server";

export type OfferCardData = inferRouterOutputs<AppRouter>["listing"]["venue"]["offers"][number];

/** How many "when" lines a card shows before "and more dates": a card is a taste, the offer page has it all. */
const CARD_WHEN_LINES = 2;

/** A live offer as a card on the venue and district pages; its title links to the offer page. */
export function OfferCard({ offer, today, i18n }: { offer: OfferCardData; today: string; i18n: I18n }) {
  const { t, href, partner, locale, formatNumber } = i18n;
  const when = scheduleWords(offer.schedules, offer.cancellations, today, locale).sessions;
  const more = when.length - CARD_WHEN_LINES;
  return (
    <li className="offer-card">
      <h3 className="offer-card__title" {...partner}>
        <Link href={href(`/offers/${offer.slug}`)}>{offer.title}</Link>
      </h3>
      {offer.summary ? (
        <p className="offer-card__summary" {...partner}>
          {offer.summary}
        </p>
      ) : null}
      <ul className="offer-card__facts">
        <li className="fact fact--age">{ageWords(t, offer.minAge, offer.maxAge)}</li>
        <li className="fact fact--cost">{costWords(t, offer.costType, offer.costCondition, partner)}</li>
      </ul>
      {when.length > 0 ? (
        <p className="offer-card__when">
          <span className="visually-hidden">{t("card.when")} </span>
          <WhenText text={when.slice(0, CARD_WHEN_LINES).join(locale === "ur" || locale === "ar" ? "؛ " : "; ")} />
          {more > 0 ? ` ${t("card.moreTimes", { count: more, n: formatNumber(more) })}` : null}
        </p>
      ) : (
        <p className="offer-card__when">{t("search.noDates")}</p>
      )}
    </li>
  );
}
