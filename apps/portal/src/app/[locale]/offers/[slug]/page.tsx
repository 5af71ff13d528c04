import { todayInCity } from "@free-city/db";
import { REACTIONS } from "@free-city/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ChoiceQuestion } from "~/components/choice-question";
import { ListingPhotos } from "~/components/listing/listing-photos";
import { Access, Contact, PartnerLanguageNote, TakeUp, When, Where } from "~/components/listing/offer-sections";
import { orNotFound } from "~/components/listing/or-not-found";
import { Paragraphs } from "~/components/listing/paragraphs";
import { ageWords, aloneWords, checkedWords, costWords } from "~/components/listing/words";
import { OfferActions } from "~/components/offer-actions";
import { PhotoStandIn } from "~/components/photo";
import { City, offerWordsFor, SLOT, withSlot } from "~/components/text/marked";
import { VoiceMessage } from "~/components/voice-message";
import { getI18n, type I18n } from "~/i18n/server";
import { jsonLdScript, offerJsonLd } from "~/lib/json-ld";
import { recordOfferEvent } from "~/server/offer-events";
import { siteOrigin } from "~/server/origin";
import { publicData } from "~/server/public-data";
import { shareMetadata } from "~/server/share-metadata";
import { sendFeedback } from "./actions";

// Dates ("Today", the next dates) depend on the day: render per request, on the server.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
type Offer = Awaited<ReturnType<typeof loadOffer>>;

/** One query per request, shared by the metadata and the page. */
const loadOffer = cache((slug: string) => orNotFound(publicData.offer(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await getI18n(params);
  const offer = inReaderWords(await loadOffer((await params).slug), locale).offer;
  const share = await shareMetadata({
    title: offer.title,
    description: offer.summary,
    locale,
    path: `/offers/${offer.slug}`,
    image: `/og/offers/${offer.slug}.png`,
    imageAlt: offer.title,
    siteName: t("layout.siteName"),
  });
  return { ...share, title: offer.title, description: offer.summary };
}

/**
 * The offer with its first words in the reader's language where its partner translated them, and
 * the page's words with `partner` marking everything else the partner wrote in its own language.
 */
function inReaderWords(stored: Awaited<ReturnType<typeof loadOffer>>, locale: string) {
  const words = offerWordsFor(stored, locale);
  return { words, offer: { ...stored, title: words.title, summary: words.summary, takeUpNotes: words.takeUpNotes } };
}

export default async function OfferPage({ params, searchParams }: Props) {
  const pageI18n = await getI18n(params);
  const { words, offer } = inReaderWords(await loadOffer((await params).slug), pageI18n.locale);
  const i18n = { ...pageI18n, partner: words.original };
  const { t, href, partner, locale } = i18n;
  const feedback = (await searchParams).feedback;
  const today = todayInCity();
  await recordOfferEvent(offer.slug, "view");
  const origin = siteOrigin();
  return (
    <article className="listing">
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD built from the offer, with "<" escaped.
        dangerouslySetInnerHTML={{ __html: jsonLdScript(offerJsonLd(offer, origin, today)) }}
      />
      <header className="listing__header">
        <h1 {...words.attrs}>{offer.title}</h1>
        {offer.summary ? (
          <p className="lead" {...words.attrs}>
            {offer.summary}
          </p>
        ) : null}
        {offer.photos.length > 0 ? (
          // The description and caption are the partner's words, in the partner's language.
          <ListingPhotos photos={offer.photos} partner={partner} />
        ) : (
          <PhotoStandIn icon={offer.categoryIcon} eager className="listing__illustration" />
        )}
        {/* Who runs it and when it was last checked, up front: what a reader trusts a listing by. */}
        <p className="listing__meta">
          {t.rich("words.runBy", {
            name: offer.organisation.name,
            strong: (chunks) =>
              offer.organisation.profileSlug ? (
                <Link href={href(`/organisations/${offer.organisation.profileSlug}`)}>
                  <strong {...partner}>{chunks}</strong>
                </Link>
              ) : (
                <strong {...partner}>{chunks}</strong>
              ),
          })}
          {offer.organisation.pledged ? (
            <>
              {" · "}
              <Link href={href("/pledge")}>
                {withSlot(t("pledge.hasSigned", { name: SLOT }), <span {...partner}>{offer.organisation.name}</span>)}
              </Link>
            </>
          ) : null}
          {offer.lastConfirmedAt ? (
            <>
              {" · "}
              <span className="nowrap">
                {t("words.lastChecked")}{" "}
                <time dateTime={offer.lastConfirmedAt.toISOString()}>
                  {checkedWords(offer.lastConfirmedAt, today, locale)}
                </time>
              </span>
            </>
          ) : null}
        </p>
        <PartnerLanguageNote offer={offer} translated={words.translated} i18n={i18n} />
        <div className="offer-actions">
          <OfferActions
            offer={{
              slug: offer.slug,
              title: offer.title,
              summary: offer.summary,
              path: href(`/offers/${offer.slug}`),
            }}
            labels={{
              save: t("offer.save"),
              saved: t("offer.saved"),
              share: t("offer.share"),
              copied: t("offer.copied"),
              shareText: t("offer.shareText"),
            }}
          />
          <a
            className="button button--secondary"
            href={href(`/offers/${offer.slug}/calendar`)}
            download={`${offer.slug}.ics`}
          >
            {t("offer.addToCalendar")}
          </a>
        </div>
        {offer.categories.length > 0 ? (
          <ul className="tags" aria-label={t("offer.kindLabel")}>
            {offer.categories.map((category) => (
              <li key={category.slug} className="tag">
                <City value={i18n.city.text(category.name)} />
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      <section className="key-facts" aria-labelledby="who-title">
        <h2 id="who-title">{t("offer.who")}</h2>
        <dl className="facts-list">
          <div>
            <dt>{t("offer.ages")}</dt>
            <dd>{ageWords(t, offer.minAge, offer.maxAge)}</dd>
          </div>
          <div>
            <dt>{t("offer.alone")}</dt>
            <dd>{aloneWords(t, offer.aloneFromAge, offer.minAge)}</dd>
          </div>
          <div>
            <dt>{t("offer.cost")}</dt>
            <dd>{costWords(t, offer.costType, offer.costCondition, partner)}</dd>
          </div>
          {offer.capacity !== null ? (
            <div>
              <dt>{t("offer.capacity")}</dt>
              <dd>{t("offer.places", { count: offer.capacity, n: i18n.formatNumber(offer.capacity) })}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      {offer.description ? (
        <section aria-labelledby="what-title">
          <h2 id="what-title">{t("offer.what")}</h2>
          <Paragraphs text={offer.description} {...partner} />
        </section>
      ) : null}

      <When offer={offer} today={today} i18n={i18n} />
      <Where offer={offer} i18n={i18n} />
      <TakeUp offer={offer} i18n={i18n} titleAttrs={words.attrs} notesAttrs={words.takeUpAttrs} />
      <Contact offer={offer} i18n={i18n} />
      <Access offer={offer} i18n={i18n} />

      <section aria-labelledby="safe-title">
        <h2 id="safe-title">{t("offer.safe")}</h2>
        <ul className="checklist">
          {offer.dbsCheckedStaff ? (
            <li>{t("offer.dbsYes")}</li>
          ) : (
            <li className="checklist__no">
              {withSlot(t("offer.dbsNo", { name: SLOT }), <span {...partner}>{offer.organisation.name}</span>)}
            </li>
          )}
          <li>{aloneWords(t, offer.aloneFromAge, offer.minAge)}</li>
        </ul>
        <Paragraphs text={offer.safeguardingNotes} {...partner} />
      </section>

      <Feedback offer={offer} i18n={i18n} outcome={typeof feedback === "string" ? feedback : undefined} />

      <p className="report-link">
        <a href={href(`/offers/${offer.slug}/report`)}>{t("offer.report")}</a>
      </p>
    </article>
  );
}

/** "Been? How was it?": anonymous, held for moderation, with a plain warning about personal details. */
function Feedback({ offer, i18n, outcome }: { offer: Offer; i18n: I18n; outcome: string | undefined }) {
  const { t, locale } = i18n;
  return (
    <section className="voice" aria-labelledby="feedback">
      <h2 id="feedback" tabIndex={-1}>
        {t("voice.feedbackTitle")}
      </h2>
      {offer.reactions.length > 0 ? (
        <>
          <h3>{t("voice.saidTitle")}</h3>
          <ul className="tally">
            {offer.reactions.map((r) => (
              <li key={r.reaction}>
                {t(`voice.said.${r.reaction}`, { count: r.count, n: i18n.formatNumber(r.count) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <VoiceMessage outcome={outcome} i18n={i18n} />
      {outcome === "sent" || outcome === "sent-removed" ? null : (
        <form action={sendFeedback} className="voice__form">
          <input type="hidden" name="offerSlug" value={offer.slug} />
          <input type="hidden" name="locale" value={locale} />
          <ChoiceQuestion
            name="reaction"
            legend={t("voice.reactionLegend")}
            options={REACTIONS.map((reaction) => ({ value: reaction, label: t(`voice.reaction.${reaction}`) }))}
            error={outcome === "missing" ? t("voice.reactionMissing") : undefined}
            i18n={i18n}
            className="reactions"
          />
          <label htmlFor="comment">{t("voice.commentLabel")}</label>
          <p className="hint" id="comment-hint">
            {t("voice.noPersonalDetails")}
          </p>
          <textarea id="comment" name="comment" rows={3} maxLength={300} aria-describedby="comment-hint" />
          <p>
            <button type="submit" className="button">
              {t("voice.send")}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
