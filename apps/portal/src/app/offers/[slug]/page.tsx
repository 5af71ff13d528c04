import { todayInCity } from "@free-city/db";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { orNotFound } from "~/components/listing/or-not-found";
import { Paragraphs } from "~/components/listing/paragraphs";
import { AccessFeatureList } from "~/components/listing/venue-access";
import { WhenText } from "~/components/listing/when-text";
import { VenueAddress } from "~/components/listing/venue-address";
import { ageWords, aloneWords, checkedWords, costWords, safeWebUrl, telHref } from "~/components/listing/words";
import { minuteOfDayInCity, nextDates, scheduleWords, timesOn, upcomingDateWords } from "~/lib/schedule-words";
import { api } from "~/server/api";

// Dates ("Today", the next dates) depend on the day: render per request, on the server.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };
type Offer = Awaited<ReturnType<typeof loadOffer>>;

/** One query per request, shared by the metadata and the page. */
const loadOffer = cache((slug: string) => orNotFound(api().listing.offer({ slug })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await loadOffer((await params).slug);
  return { title: offer.title, description: offer.summary };
}

export default async function OfferPage({ params }: Props) {
  const offer = await loadOffer((await params).slug);
  const today = todayInCity();
  return (
    <article className="listing">
      <header className="listing__header">
        <h1>{offer.title}</h1>
        {offer.summary ? <p className="lead">{offer.summary}</p> : null}
        {/* Who runs it and when it was last checked, up front: what a reader trusts a listing by. */}
        <p className="listing__meta">
          Run by <strong>{offer.organisation.name}</strong>
          {offer.lastConfirmedAt ? (
            <>
              {" · "}
              <span className="nowrap">
                Last checked <time dateTime={offer.lastConfirmedAt.toISOString()}>{checkedWords(offer.lastConfirmedAt, today)}</time>
              </span>
            </>
          ) : null}
        </p>
        {offer.categories.length > 0 ? (
          <ul className="tags" aria-label="Kind of activity">
            {offer.categories.map((category) => (
              <li key={category.slug} className="tag">
                {category.name}
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      <section className="key-facts" aria-labelledby="who-title">
        <h2 id="who-title">Who it’s for</h2>
        <dl className="facts-list">
          <div>
            <dt>Ages</dt>
            <dd>{ageWords(offer.minAge, offer.maxAge)}</dd>
          </div>
          <div>
            <dt>On your own?</dt>
            <dd>{aloneWords(offer.aloneFromAge, offer.minAge)}</dd>
          </div>
          <div>
            <dt>Cost</dt>
            <dd>{costWords(offer.costType, offer.costCondition)}</dd>
          </div>
        </dl>
      </section>

      {offer.description ? (
        <section aria-labelledby="what-title">
          <h2 id="what-title">What it is</h2>
          <Paragraphs text={offer.description} />
        </section>
      ) : null}

      <When offer={offer} today={today} />
      <Where offer={offer} />
      <TakeUp offer={offer} />
      <Access offer={offer} />

      <section aria-labelledby="safe-title">
        <h2 id="safe-title">Keeping you safe</h2>
        <ul className="checklist">
          {offer.dbsCheckedStaff ? (
            <li>The staff have had a DBS check. That is a safety check for adults who work with young people.</li>
          ) : (
            <li className="checklist__no">{offer.organisation.name} has not told us their staff have had a DBS check (a safety check for adults who work with young people).</li>
          )}
          <li>{aloneWords(offer.aloneFromAge, offer.minAge)}</li>
        </ul>
        <Paragraphs text={offer.safeguardingNotes} />
      </section>

    </article>
  );
}

function When({ offer, today }: { offer: Offer; today: string }) {
  const words = scheduleWords(offer.schedules, offer.cancellations, today);
  const dates = nextDates(offer.schedules, offer.cancellations, today, 5, { nowMinute: minuteOfDayInCity() });
  return (
    <section aria-labelledby="when-title">
      <h2 id="when-title">When</h2>
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
          <h3>Next dates</h3>
          <ul className="dates">
            {dates.map((date) => (
              <li key={date}>
                <time dateTime={date}>{upcomingDateWords(date, today)}</time>, <WhenText text={timesOn(offer.schedules, date)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Where({ offer }: { offer: Offer }) {
  return (
    <section aria-labelledby="where-title">
      <h2 id="where-title">Where</h2>
      {offer.venues.length === 0 ? <p>Ask {offer.organisation.name} where this happens.</p> : null}
      {offer.venues.map((venue) => (
        <div key={venue.slug} className="place">
          <h3>
            <Link href={`/venues/${venue.slug}`}>{venue.name}</Link>
          </h3>
          <VenueAddress venue={venue} />
          <p>
            In <Link href={`/districts/${venue.district.slug}`}>{venue.district.name}</Link>
          </p>
        </div>
      ))}
    </section>
  );
}

function TakeUp({ offer }: { offer: Offer }) {
  const bookingUrl = safeWebUrl(offer.bookingUrl);
  return (
    <section className="take-up" aria-labelledby="take-up-title">
      <h2 id="take-up-title">How to go</h2>
      {offer.takeUpMethod === "TURN_UP" ? <p className="take-up__how">Just turn up. You don’t need to book.</p> : null}
      {offer.takeUpMethod === "BOOK_AHEAD" ? (
        <>
          <p className="take-up__how">Book a place before you go.</p>
          {bookingUrl ? (
            <p>
              <a className="button" href={bookingUrl} rel="external noopener noreferrer">
                Book on the {offer.organisation.name} website
              </a>
            </p>
          ) : null}
          {offer.bookingPhone ? (
            <p>
              Or call to book:{" "}
              <a className="tel" href={telHref(offer.bookingPhone)}>
                {offer.bookingPhone}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      {offer.takeUpMethod === "SHOW_CODE" ? (
        <>
          <p className="take-up__how">Show this code when you get there:</p>
          <p className="code">{offer.takeUpCode}</p>
        </>
      ) : null}
      {offer.takeUpMethod === "ASK_AT_DESK" ? (
        <p className="take-up__how">Ask at the front desk when you get there. Say you have come for “{offer.title}”.</p>
      ) : null}
      <Paragraphs text={offer.takeUpNotes} />
    </section>
  );
}

function Access({ offer }: { offer: Offer }) {
  const venuesWithAccess = offer.venues.filter((venue) => venue.accessFeatures.length > 0 || venue.accessNotes);
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">Access and SEND</h2>
      <ul className="checklist">
        {offer.sendFriendly ? <li>SEND-friendly: ready to welcome young people with special educational needs or disabilities.</li> : null}
        {offer.quietSessions ? <li>Quiet sessions: calmer times, with less noise and fewer people.</li> : null}
        {!offer.sendFriendly && !offer.quietSessions ? (
          <li className="checklist__no">Not marked as SEND-friendly. Ask {offer.organisation.name} what help they can give.</li>
        ) : null}
      </ul>
      <Paragraphs text={offer.accessNotes} />
      {venuesWithAccess.map((venue) => (
        <div key={venue.slug}>
          <h3>At {venue.name}</h3>
          <AccessFeatureList features={venue.accessFeatures} />
          <Paragraphs text={venue.accessNotes} />
        </div>
      ))}
    </section>
  );
}
