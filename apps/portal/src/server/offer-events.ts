import "server-only";
import { TRPCError } from "@trpc/server";
import type { OfferEventKind } from "@free-city/schemas";
import { api, apiForVisitor } from "./api";

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
 * Adds one to an offer's anonymous daily count. A count is never worth a broken page: if
 * counting fails, the visitor still gets what they asked for (the failure is logged).
 */
export async function recordOfferEvent(offerSlug: string, kind: OfferEventKind): Promise<void> {
  const { api: visitorApi, isBot } = await apiForVisitor();
  if (isBot) return;
  await visitorApi.stats.recordOfferEvent({ offerSlug, kind }).catch((error: unknown) => console.error("[portal] could not count an offer event", error));
}
