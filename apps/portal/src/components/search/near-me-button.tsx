"use client";

import { useEffect, useState } from "react";

type Labels = { button: string; finding: string; failed: string };

/** Three decimal places is about 100 metres: plenty to sort by distance, and no more exact than that. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * "Near me": asks the browser for the position only when pressed, then opens the search sorted
 * by distance. The position goes into that one search address and nowhere else; nothing is kept.
 * Without JavaScript the button stays hidden and the postcode box does the same job.
 */
export function NearMeButton({ searchPath, labels }: { searchPath: string; labels: Labels }) {
  const [state, setState] = useState<"hidden" | "ready" | "finding" | "failed">("hidden");
  useEffect(() => setState("geolocation" in navigator ? "ready" : "hidden"), []);
  if (state === "hidden") return null;

  function findMe() {
    setState("finding");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const params = new URLSearchParams(window.location.pathname === searchPath ? window.location.search : "");
        for (const name of ["near", "postcode", "page", "sort"]) params.delete(name);
        params.set("near", `${round(coords.latitude)},${round(coords.longitude)}`);
        params.set("sort", "nearest");
        window.location.assign(`${searchPath}?${params}`);
      },
      () => setState("failed"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <div className="near-me">
      <button type="button" className="button button--secondary" onClick={findMe} disabled={state === "finding"}>
        <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21Zm0-9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
        {state === "finding" ? labels.finding : labels.button}
      </button>
      <p role="status" className="near-me__status">
        {state === "failed" ? labels.failed : ""}
      </p>
    </div>
  );
}
