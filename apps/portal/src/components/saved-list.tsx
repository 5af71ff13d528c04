"use client";

import { useEffect, useState } from "react";
import { readSaved, removeSaved, type SavedOffer } from "~/lib/saved";

type Labels = {
  empty: string;
  remove: string;
  print: string;
  needsJs: string;
  subscribe: string;
  share: string;
};

/** The saved offers, read from this device. Works offline once the page has been visited. */
export function SavedList({
  labels,
  sharedPath,
  partner = {},
}: {
  labels: Labels;
  sharedPath: string;
  /** `lang`/`dir` of the partners' words (titles, summaries) when not the page's language. */
  partner?: { lang?: string; dir?: "ltr" | "rtl" };
}) {
  const [items, setItems] = useState<SavedOffer[] | null>(null);
  useEffect(() => setItems(readSaved()), []);

  if (items === null)
    return (
      <noscript>
        <p>{labels.needsJs}</p>
      </noscript>
    );
  if (items.length === 0) return <p className="empty">{labels.empty}</p>;
  return (
    <>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {labels.print}
        </button>
      </p>
      {/* A calendar built from the slugs in the address: the list itself never leaves this device's storage. */}
      <p className="no-print">
        <a
          href={`webcal://${window.location.host}/feeds/saved.ics?offers=${items
            .slice(0, 50)
            .map((item) => item.slug)
            .join(",")}`}
        >
          {labels.subscribe}
        </a>
      </p>
      {/* The whole list as one link to send to a friend: the names are in the address, nothing goes to the server. */}
      <p className="no-print">
        <a
          href={`${sharedPath}?offers=${items
            .slice(0, 50)
            .map((item) => item.slug)
            .join(",")}`}
        >
          {labels.share}
        </a>
      </p>
      <ul className="offer-cards saved-list">
        {items.map((item) => (
          <li key={item.slug} className="offer-card">
            <h2 className="offer-card__title" {...partner}>
              <a href={item.path}>{item.title}</a>
            </h2>
            {item.summary ? <p {...partner}>{item.summary}</p> : null}
            <p className="no-print">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  removeSaved(item.slug, item.path);
                  setItems(readSaved());
                }}
              >
                {labels.remove}
                <span className="visually-hidden" {...partner}>
                  {" "}
                  {item.title}
                </span>
              </button>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
