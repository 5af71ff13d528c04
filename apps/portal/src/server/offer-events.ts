import "server-only";
import type { OfferEventKind } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";
import { after } from "next/server";
import { api, apiForVisitor, apiForVisitorWith } from "./api";

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
 * counting never slows a page down. A count is never worth a broken page: a failure is logged.
 */
export async function recordOfferEvent(offerSlug: string, kind: OfferEventKind): Promise<void> {
  const counting = countOfferEvent(await apiForVisitor(), offerSlug, kind);
  if (counting) after(() => counting());
}

/**
 * A view of an offer page that scripts/serve.ts sent from its page cache (no page was rendered,
 * so `recordOfferEvent` did not run): counted the same way, from the request's headers.
 */
export function recordCachedOfferView(offerSlug: string, headers: Headers): Promise<void> {
  return countOfferEvent(apiForVisitorWith(headers), offerSlug, "view")?.() ?? Promise.resolve();
}

function countOfferEvent(
  { api: visitorApi, isBot }: ReturnType<typeof apiForVisitorWith>,
  offerSlug: string,
  kind: OfferEventKind,
) {
  if (isBot) return undefined;
  return () =>
    visitorApi.stats.recordOfferEvent({ offerSlug, kind }).then(
      () => undefined,
      (error: unknown) => console.error("[portal] could not count an offer event", error),
    );
}
