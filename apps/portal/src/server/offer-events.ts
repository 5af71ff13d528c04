import "server-only";
import type { OfferEventKind } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { after } from "next/server";
import { api, visitorOf } from "./api";
import { offerEventBatch } from "./offer-event-batch";

/** A live offer by slug, or null when there is none the public may see. */
export async function loadPublicOffer(slug: string) {
  try {
    return await api().listing.offer({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

/**
 * Adds one to an offer's anonymous daily count, after the response has gone (`after`), so
 * counting never slows a page down: the event joins this instance's batch (offer-event-batch.ts),
 * written within a second together with the others.
 */
export async function recordOfferEvent(offerSlug: string, kind: OfferEventKind): Promise<void> {
  const request = await headers();
  after(() => countOfferEvent(request, offerSlug, kind));
}

/**
 * A view of an offer page that scripts/serve.ts sent from its page cache (no page was rendered,
 * so `recordOfferEvent` did not run): counted the same way, from the request's headers.
 */
export function recordCachedOfferView(offerSlug: string, request: Headers): void {
  countOfferEvent(request, offerSlug, "view");
}

function countOfferEvent(request: Headers, offerSlug: string, kind: OfferEventKind) {
  const { fingerprint, isBot } = visitorOf(request);
  if (!isBot) offerEventBatch().add({ offerSlug, kind, fingerprint });
}
