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
import { Photo, PhotoStandIn } from "~/components/photo";
import { City, offerWordsFor, type partnerAttrs, SLOT, withSlot } from "~/components/text/marked";
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
          <ul className="listing__photos">
            {offer.photos.map((photo, index) => (
              <li key={photo.id}>
                {/* The description and caption are the partner's words, in the partner's language. */}
                <figure {...partner}>
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

function When({ offer, today, i18n: { t, locale } }: { offer: Offer; today: string; i18n: I18n }) {
  const words = scheduleWords(offer.schedules, offer.cancellations, today, locale);
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
        <p>{t("offer.noDatesSoon")}</p>
      )}
      {words.notOn ? <p className="not-on">{words.notOn}</p> : null}
      {dates.length > 0 ? (
        <>
          <h3>{t("offer.nextDates")}</h3>
          <ul className="dates">
            {dates.map((date) => (
              <li key={date}>
                <time dateTime={date}>{upcomingDateWords(date, today, locale)}</time>
                {locale === "ur" || locale === "ar" ? "، " : ", "}
                <WhenText text={timesOn(offer.schedules, date, locale)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Where({ offer, i18n }: { offer: Offer; i18n: I18n }) {
  const { t, href, partner } = i18n;
  return (
    <section aria-labelledby="where-title">
      <h2 id="where-title">{t("offer.where")}</h2>
      {offer.venues.length === 0 ? (
        <p>{withSlot(t("offer.askWhere", { name: SLOT }), <span {...partner}>{offer.organisation.name}</span>)}</p>
      ) : null}
      {offer.venues.map((venue) => (
        <div key={venue.slug} className="place">
          <h3 {...partner}>
            <Link href={href(`/venues/${venue.slug}`)}>{venue.name}</Link>
          </h3>
          <VenueAddress venue={venue} i18n={i18n} />
          <WebsiteLink url={venue.website} i18n={i18n} />
          <p>
            {t.rich("offer.inDistrict", {
              district: venue.district.name,
              link: (chunks) => <Link href={href(`/districts/${venue.district.slug}`)}>{chunks}</Link>,
            })}
          </p>
        </div>
      ))}
    </section>
  );
}

/** A partner's web address as a plain link showing its host ("www.example.org"); nothing if not a web link. */
function WebsiteLink({ url, i18n: { t, partner } }: { url: string | null; i18n: I18n }) {
  const safe = safeWebUrl(url);
  if (!safe) return null;
  return (
    <p>
      {t("offer.website")}{" "}
      <a href={safe} rel="noopener noreferrer" {...partner}>
        {new URL(safe).host}
      </a>
    </p>
  );
}

/** What the organiser made public on its profile: website, email, phone (any it left blank is not shown). */
function Contact({ offer, i18n: { t, partner } }: { offer: Offer; i18n: I18n }) {
  const contact = offer.organisation.contact;
  const website = safeWebUrl(contact?.website ?? null);
  if (!contact || !(website || contact.email || contact.phone)) return null;
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t("offer.contact")}</h2>
      <p {...partner}>{offer.organisation.name}</p>
      <dl className="facts-list">
        {website ? (
          <div>
            <dt>{t("pledge.website")}</dt>
            <dd>
              <a href={website} rel="noopener noreferrer" {...partner}>
                {new URL(website).host}
              </a>
            </dd>
          </div>
        ) : null}
        {contact.email ? (
          <div>
            <dt>{t("pledge.email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} {...partner}>
                {contact.email}
              </a>
            </dd>
          </div>
        ) : null}
        {contact.phone ? (
          <div>
            <dt>{t("pledge.phone")}</dt>
            <dd>
              <a className="tel" href={telHref(contact.phone)}>
                {contact.phone}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function TakeUp({
  offer,
  i18n: { t, href, partner },
  titleAttrs,
  notesAttrs,
}: {
  offer: Offer;
  i18n: I18n;
  /** `lang`/`dir` of the title and the notes: the reader's language when the partner translated them. */
  titleAttrs: ReturnType<typeof partnerAttrs>;
  notesAttrs: ReturnType<typeof partnerAttrs>;
}) {
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
                {/* One child, so the button (a flex box) wraps the sentence as one line of text. */}
                <span>
                  {withSlot(t("offer.bookOnline", { name: SLOT }), <span {...partner}>{offer.organisation.name}</span>)}
                </span>
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
          <p className="code" {...partner}>
            {offer.takeUpCode}
          </p>
        </>
      ) : null}
      {offer.takeUpMethod === "ASK_AT_DESK" ? (
        <p className="take-up__how">
          {withSlot(t("offer.askAtDesk", { title: SLOT }), <span {...titleAttrs}>{offer.title}</span>)}
        </p>
      ) : null}
      <Paragraphs text={offer.takeUpNotes} {...notesAttrs} />
    </section>
  );
}

function Access({ offer, i18n: { t, partner } }: { offer: Offer; i18n: I18n }) {
  const venuesWithAccess = offer.venues.filter((venue) => venue.accessFeatures.length > 0 || venue.accessNotes);
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t("offer.access")}</h2>
      <ul className="checklist">
        {offer.sendFriendly ? <li>{t("offer.sendFriendly")}</li> : null}
        {offer.quietSessions ? <li>{t("offer.quietSessions")}</li> : null}
        {!offer.sendFriendly && !offer.quietSessions ? (
          <li className="checklist__no">
            {withSlot(t("offer.notSend", { name: SLOT }), <span {...partner}>{offer.organisation.name}</span>)}
          </li>
        ) : null}
      </ul>
      <Paragraphs text={offer.accessNotes} {...partner} />
      {venuesWithAccess.map((venue) => (
        <div key={venue.slug}>
          <h3>{withSlot(t("offer.accessAt", { name: SLOT }), <span {...partner}>{venue.name}</span>)}</h3>
          <AccessFeatureList features={venue.accessFeatures} t={t} />
          <Paragraphs text={venue.accessNotes} {...partner} />
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

/**
 * Says, in the reader's language, whose words these are when they are not in it: the partner's
 * own translation, or the language the partner wrote in (named by the platform's Intl).
 */
function PartnerLanguageNote({ offer, translated, i18n }: { offer: Offer; translated: boolean; i18n: I18n }) {
  const { t, locale, partner } = i18n;
  const name = <span {...partner}>{offer.organisation.name}</span>;
  if (translated) return <p className="muted">{withSlot(t("offer.partnerTranslated", { name: SLOT }), name)}</p>;
  if (offer.language === locale) return null;
  const sentence =
    offer.language === "en"
      ? t("offer.partnerLanguage", { name: SLOT })
      : t("offer.partnerWroteIn", {
          name: SLOT,
          language: new Intl.DisplayNames([i18n.intl], { type: "language" }).of(offer.language) ?? offer.language,
        });
  return <p className="muted">{withSlot(sentence, name)}</p>;
}
