import { todayInCity } from "@free-city/db";
import { REACTIONS } from "@free-city/schemas";
import { minuteOfDayInCity, nextDates, scheduleWords, timesOn, upcomingDateWords } from "@free-city/words";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ChoiceQuestion } from "~/components/choice-question";
import { orNotFound } from "~/components/listing/or-not-found";
import { Paragraphs } from "~/components/listing/paragraphs";
import { AccessFeatureList } from "~/components/listing/venue-access";
import { VenueAddress } from "~/components/listing/venue-address";
import { WhenText } from "~/components/listing/when-text";
import { ageWords, aloneWords, checkedWords, costWords, safeWebUrl, telHref } from "~/components/listing/words";
import { OfferActions } from "~/components/offer-actions";
import { Photo } from "~/components/photo";
import { VoiceMessage } from "~/components/voice-message";
import { getI18n, type I18n } from "~/i18n/server";
import { jsonLdScript, offerJsonLd } from "~/lib/json-ld";
import { api } from "~/server/api";
import { recordOfferEvent } from "~/server/offer-events";
import { siteOrigin } from "~/server/origin";
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
const loadOffer = cache((slug: string) => orNotFound(api().listing.offer({ slug })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await loadOffer((await params).slug);
  const { t, locale } = await getI18n(params);
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

export default async function OfferPage({ params, searchParams }: Props) {
  const offer = await loadOffer((await params).slug);
  const i18n = await getI18n(params);
  const { t, href } = i18n;
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
        <h1>{offer.title}</h1>
        {offer.summary ? <p className="lead">{offer.summary}</p> : null}
        {offer.photos.length > 0 ? (
          <ul className="listing__photos">
            {offer.photos.map((photo, index) => (
              <li key={photo.id}>
                <figure>
                  <Photo
                    photo={photo}
                    sizes={index === 0 ? "(min-width: 48rem) 42rem, 100vw" : "(min-width: 48rem) 20rem, 50vw"}
                    eager={index === 0}
                  />
                  {photo.caption ? <figcaption>{photo.caption}</figcaption> : null}
                </figure>
              </li>
            ))}
          </ul>
        ) : null}
        {/* Who runs it and when it was last checked, up front: what a reader trusts a listing by. */}
        <p className="listing__meta">
          {t.rich("words.runBy", {
            name: offer.organisation.name,
            strong: (chunks) =>
              offer.organisation.profileSlug ? (
                <Link href={href(`/organisations/${offer.organisation.profileSlug}`)}>
                  <strong>{chunks}</strong>
                </Link>
              ) : (
                <strong>{chunks}</strong>
              ),
          })}
          {offer.organisation.pledged ? (
            <>
              {" · "}
              <Link href={href("/pledge")}>{t("pledge.hasSigned", { name: offer.organisation.name })}</Link>
            </>
          ) : null}
          {offer.lastConfirmedAt ? (
            <>
              {" · "}
              <span className="nowrap">
                {t("words.lastChecked")}{" "}
                <time dateTime={offer.lastConfirmedAt.toISOString()}>{checkedWords(offer.lastConfirmedAt, today)}</time>
              </span>
            </>
          ) : null}
        </p>
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
                {category.name}
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
            <dd>{costWords(t, offer.costType, offer.costCondition)}</dd>
          </div>
        </dl>
      </section>

      {offer.description ? (
        <section aria-labelledby="what-title">
          <h2 id="what-title">{t("offer.what")}</h2>
          <Paragraphs text={offer.description} />
        </section>
      ) : null}

      <When offer={offer} today={today} t={t} />
      <Where offer={offer} href={href} t={t} />
      <TakeUp offer={offer} href={href} t={t} />
      <Access offer={offer} t={t} />

      <section aria-labelledby="safe-title">
        <h2 id="safe-title">{t("offer.safe")}</h2>
        <ul className="checklist">
          {offer.dbsCheckedStaff ? (
            <li>The staff have had a DBS check. That is a safety check for adults who work with young people.</li>
          ) : (
            <li className="checklist__no">
              {offer.organisation.name} has not told us their staff have had a DBS check (a safety check for adults who
              work with young people).
            </li>
          )}
          <li>{aloneWords(t, offer.aloneFromAge, offer.minAge)}</li>
        </ul>
        <Paragraphs text={offer.safeguardingNotes} />
      </section>

      <Feedback offer={offer} i18n={i18n} outcome={typeof feedback === "string" ? feedback : undefined} />

      <p className="report-link">
        <a href={href(`/offers/${offer.slug}/report`)}>{t("offer.report")}</a>
      </p>
    </article>
  );
}

function When({ offer, today, t }: { offer: Offer; today: string; t: I18n["t"] }) {
  const words = scheduleWords(offer.schedules, offer.cancellations, today);
  const dates = nextDates(offer.schedules, offer.cancellations, today, 5, { nowMinute: minuteOfDayInCity() });
  return (
    <section aria-labelledby="when-title">
      <h2 id="when-title">{t("offer.when")}</h2>
      {words.sessions.length > 0 ? (
        <ul className="when">
          {words.sessions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>There are no dates coming up. Check again soon.</p>
      )}
      {words.notOn ? <p className="not-on">{words.notOn}</p> : null}
      {dates.length > 0 ? (
        <>
          <h3>{t("offer.nextDates")}</h3>
          <ul className="dates">
            {dates.map((date) => (
              <li key={date}>
                <time dateTime={date}>{upcomingDateWords(date, today)}</time>,{" "}
                <WhenText text={timesOn(offer.schedules, date)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Where({ offer, href, t }: { offer: Offer; href: (path: string) => string; t: I18n["t"] }) {
  return (
    <section aria-labelledby="where-title">
      <h2 id="where-title">{t("offer.where")}</h2>
      {offer.venues.length === 0 ? <p>Ask {offer.organisation.name} where this happens.</p> : null}
      {offer.venues.map((venue) => (
        <div key={venue.slug} className="place">
          <h3>
            <Link href={href(`/venues/${venue.slug}`)}>{venue.name}</Link>
          </h3>
          <VenueAddress venue={venue} t={t} />
          <p>
            In <Link href={href(`/districts/${venue.district.slug}`)}>{venue.district.name}</Link>
          </p>
        </div>
      ))}
    </section>
  );
}

function TakeUp({ offer, href, t }: { offer: Offer; href: (path: string) => string; t: I18n["t"] }) {
  const bookingUrl = safeWebUrl(offer.bookingUrl);
  return (
    <section className="take-up" aria-labelledby="take-up-title">
      <h2 id="take-up-title">{t("offer.takeUp")}</h2>
      {offer.takeUpMethod === "TURN_UP" ? <p className="take-up__how">{t("offer.turnUp")}</p> : null}
      {offer.takeUpMethod === "BOOK_AHEAD" ? (
        <>
          <p className="take-up__how">{t("offer.bookAhead")}</p>
          {bookingUrl ? (
            <p>
              <a className="button" href={href(`/offers/${offer.slug}/go`)} rel="external noopener noreferrer">
                {t("offer.bookOnline", { name: offer.organisation.name })}
              </a>
            </p>
          ) : null}
          {offer.bookingPhone ? (
            <p>
              {t("offer.orCall")}{" "}
              <a className="tel" href={telHref(offer.bookingPhone)}>
                {offer.bookingPhone}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      {offer.takeUpMethod === "SHOW_CODE" ? (
        <>
          <p className="take-up__how">{t("offer.showCode")}</p>
          <p className="code">{offer.takeUpCode}</p>
        </>
      ) : null}
      {offer.takeUpMethod === "ASK_AT_DESK" ? (
        <p className="take-up__how">{t("offer.askAtDesk", { title: offer.title })}</p>
      ) : null}
      <Paragraphs text={offer.takeUpNotes} />
    </section>
  );
}

function Access({ offer, t }: { offer: Offer; t: I18n["t"] }) {
  const venuesWithAccess = offer.venues.filter((venue) => venue.accessFeatures.length > 0 || venue.accessNotes);
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t("offer.access")}</h2>
      <ul className="checklist">
        {offer.sendFriendly ? <li>{t("offer.sendFriendly")}</li> : null}
        {offer.quietSessions ? <li>{t("offer.quietSessions")}</li> : null}
        {!offer.sendFriendly && !offer.quietSessions ? (
          <li className="checklist__no">{t("offer.notSend", { name: offer.organisation.name })}</li>
        ) : null}
      </ul>
      <Paragraphs text={offer.accessNotes} />
      {venuesWithAccess.map((venue) => (
        <div key={venue.slug}>
          <h3>{t("offer.accessAt", { name: venue.name })}</h3>
          <AccessFeatureList features={venue.accessFeatures} t={t} />
          <Paragraphs text={venue.accessNotes} />
        </div>
      ))}
    </section>
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
