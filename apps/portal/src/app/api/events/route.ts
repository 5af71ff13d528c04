import { BodyTooLarge, readBodyCapped, tooLarge } from "@free-city/api/http";
import { z } from "zod";
import { recordOfferEvent } from "~/server/offer-events";

/** Only saves are reported by the browser; views, bookings and calendar adds are counted on the server. */
const saveEvent = z.strictObject({ offerSlug: z.string().regex(/^[a-z0-9-]{1,200}$/), kind: z.literal("save") });

/** The Save button's beacon: one more save in the offer's anonymous daily count. */
export async function POST(request: Request) {
  let body: Uint8Array;
  try {
    // A beacon is a few dozen bytes.
    body = await readBodyCapped(request, 1024);
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLarge(1024);
    throw error;
  }
  const parsed = saveEvent.safeParse(parseJson(new TextDecoder().decode(body)));
  if (!parsed.success) return Response.json({ error: 'Send { offerSlug, kind: "save" }.' }, { status: 400 });
  await recordOfferEvent(parsed.data.offerSlug, "save");
  return new Response(null, { status: 204 });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
