"use client";

import { useEffect, useState } from "react";
import { isSaved, type SavedOffer, toggleSaved } from "~/lib/saved";

type Labels = { save: string; saved: string; share: string; copied: string; shareText: string };

/**
 * Save (kept on this device only) and Share. Both need JavaScript, so both stay hidden until it
 * runs; "Add to calendar" and "Report a problem" next to them are plain links that always work.
 */
export function OfferActions({ offer, labels }: { offer: SavedOffer; labels: Labels }) {
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setSaved(isSaved(offer.slug));
    setReady(true);
  }, [offer.slug]);
  if (!ready) return null;

  async function share() {
    const url = `${window.location.origin}${window.location.pathname}`;
    if (navigator.share) {
      await navigator.share({ title: offer.title, text: labels.shareText, url }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(url);
    setCopied(true);
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={saved}
        onClick={() => setSaved(toggleSaved(offer))}
      >
        <span aria-hidden="true">{saved ? "★" : "☆"}</span> {saved ? labels.saved : labels.save}
      </button>
      <button type="button" className="button button--secondary" onClick={share}>
        {labels.share}
      </button>
      <span role="status" className="offer-actions__status">
        {copied ? labels.copied : ""}
      </span>
    </>
  );
}
