import { todayInCity } from "@free-city/db";
import type { OfferContent } from "@free-city/schemas";
import { cancellationRowsOf, nextDates, scheduleRowsOf, scheduleWords, upcomingDateWords } from "@free-city/words";

const TAKE_UP: Record<OfferContent["takeUpMethod"], string> = {
  TURN_UP: "Just turn up. You don’t need to book.",
  BOOK_AHEAD: "Book a place before you go.",
  SHOW_CODE: "Show this code when you get there.",
  ASK_AT_DESK: "Ask at the desk when you get there.",
};

type Venue = {
  id: string;
  name: string;
  addressLine1: string;
  addressLine2?: string | null;
  town: string;
  postcode: string;
};

/**
 * An offer's content as the portal will show it (partner preview, staff review). The words come
 * from the same functions the portal uses (@free-city/words); partner text is rendered as text.
 */
export function OfferPreview({
  content: c,
  fallbackTitle,
  venues,
  categoryNames,
}: {
  content: Partial<OfferContent>;
  fallbackTitle: string;
  venues: Venue[];
  categoryNames: Map<string, string>;
}) {
  const today = todayInCity();
  const schedules = scheduleRowsOf(c.schedules);
  const cancellations = cancellationRowsOf(c.cancellations);
  const when = scheduleWords(schedules, cancellations, today);
  const dates = nextDates(schedules, cancellations, today, 5);
  const offerVenues = venues.filter((v) => c.venueIds?.includes(v.id));
  return (
    <article className="preview" aria-label="Preview of the offer">
      <h2 className="preview__title">{c.title ?? fallbackTitle}</h2>
      {c.summary ? <p className="lead">{c.summary}</p> : null}
      {c.categoryIds?.length ? (
        <p className="muted">
          {c.categoryIds
            .map((id) => categoryNames.get(id) ?? "")
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
      {c.description
        ? c.description
            .split(/\n\s*\n/)
            .filter((p) => p.trim())
            .map((p, i) => <p key={i}>{p}</p>)
        : null}
      <h3>Who it’s for</h3>
      <ul>
        {c.minAge !== undefined && c.maxAge !== undefined ? (
          <li>
            Ages {c.minAge} to {c.maxAge}
          </li>
        ) : null}
        {c.minAge !== undefined ? (
          <li>
            {c.aloneFromAge === null || c.aloneFromAge === undefined
              ? "Come with an adult."
              : `You can come on your own from age ${c.aloneFromAge}.`}
          </li>
        ) : null}
        {c.costType ? <li>{c.costType === "FREE" ? "Free" : `Free ${c.costCondition ?? ""}`.trim()}</li> : null}
      </ul>
      <h3>When</h3>
      {when.sessions.length > 0 ? (
        <ul>
          {when.sessions.map((line) => (
            <li key={line}>{line}</li>
          ))}
          {when.notOn ? <li>{when.notOn}</li> : null}
        </ul>
      ) : (
        <p className="muted">No dates yet.</p>
      )}
      {dates.length > 0 ? <p>Next: {dates.map((d) => upcomingDateWords(d, today)).join(", ")}</p> : null}
      <h3>Where</h3>
      {offerVenues.length > 0 ? (
        <ul>
          {offerVenues.map((v) => (
            <li key={v.id}>
              <strong>{v.name}</strong>,{" "}
              {[v.addressLine1, v.addressLine2, v.town, v.postcode].filter(Boolean).join(", ")}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No venue chosen yet.</p>
      )}
      <h3>How to go</h3>
      {c.takeUpMethod ? <p>{TAKE_UP[c.takeUpMethod]}</p> : null}
      {c.bookingUrl ? <p>Book on the website: {c.bookingUrl}</p> : null}
      {c.bookingPhone ? <p>Call {c.bookingPhone}</p> : null}
      {c.takeUpCode ? (
        <p>
          Code: <strong>{c.takeUpCode}</strong>
        </p>
      ) : null}
      {c.takeUpNotes ? <p>{c.takeUpNotes}</p> : null}
      <h3>Access</h3>
      <ul>
        {c.sendFriendly ? (
          <li>SEND-friendly: ready to welcome young people with special educational needs or disabilities.</li>
        ) : null}
        {c.quietSessions ? <li>Quiet sessions: calmer times, with less noise and fewer people.</li> : null}
        {!c.sendFriendly && !c.quietSessions ? (
          <li>Not marked as SEND-friendly. Young people are told to ask you what help you can give.</li>
        ) : null}
      </ul>
      {c.accessNotes ? <p>{c.accessNotes}</p> : null}
      <h3>Keeping you safe</h3>
      {c.dbsCheckedStaff ? <p>Staff are DBS-checked.</p> : null}
      {c.safeguardingNotes ? <p>{c.safeguardingNotes}</p> : null}
    </article>
  );
}
