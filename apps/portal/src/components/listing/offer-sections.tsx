/** The offer page's sections: when, where, who to ask, how to take it up, access, and whose words these are. */
import { minuteOfDayInCity, nextDates, scheduleWords, timesOn, upcomingDateWords } from "@free-city/words";
import Link from "next/link";
import { Paragraphs } from "~/components/listing/paragraphs";
import { AccessFeatureList } from "~/components/listing/venue-access";
import { VenueAddress } from "~/components/listing/venue-address";
import { WhenText } from "~/components/listing/when-text";
import { safeWebUrl, telHref } from "~/components/listing/words";
import { type partnerAttrs, SLOT, withSlot } from "~/components/text/marked";
import type { I18n } from "~/i18n/server";
import type { publicData } from "~/server/public-data";

/** The public offer as the offer page shows it (see `publicData.offer`). */
export type ListingOffer = Awaited<ReturnType<typeof publicData.offer>>;

export function When({ offer, today, i18n: { t, locale } }: { offer: ListingOffer; today: string; i18n: I18n }) {
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

export function Where({ offer, i18n }: { offer: ListingOffer; i18n: I18n }) {
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
export function Contact({ offer, i18n: { t, partner } }: { offer: ListingOffer; i18n: I18n }) {
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
              <a className="tel" href={telHref(contact.phone)} dir="ltr">
                {contact.phone}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

export function TakeUp({
  offer,
  i18n: { t, href, partner },
  titleAttrs,
  notesAttrs,
}: {
  offer: ListingOffer;
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
              <a className="tel" href={telHref(offer.bookingPhone)} dir="ltr">
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

export function Access({ offer, i18n: { t, partner } }: { offer: ListingOffer; i18n: I18n }) {
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

/**
 * Says, in the reader's language, whose words these are when they are not in it: the partner's
 * own translation, or the language the partner wrote in (named by the platform's Intl).
 */
export function PartnerLanguageNote({
  offer,
  translated,
  i18n,
}: {
  offer: ListingOffer;
  translated: boolean;
  i18n: I18n;
}) {
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
