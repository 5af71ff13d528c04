import { AppError, SAVED_FEED_MAX } from "@free-city/api";
import { feedOptions, feedResponse } from "~/server/feeds";
import { openDataGet } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = feedOptions;

type Params = { params: Promise<{ file: string }> };

/**
 * /feeds/saved.ics?offers=slug,slug: a calendar of a young person's saved list, built from the
 * slugs in the address (the list itself stays on their device; nothing is stored here).
 */
export async function GET(request: Request, { params }: Params) {
  const { file } = await params;
  const offers = new URL(request.url).searchParams.get("offers") ?? "";
  const slugs = offers.split(",").filter((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug));
  if (file !== "saved.ics" || slugs.length > SAVED_FEED_MAX) {
    return openDataGet(
      request,
      () => {
        if (file === "saved.ics") {
          throw new AppError("INVALID_FIELDS", { parameter: "offers" }, `offers: at most ${SAVED_FEED_MAX} offers`);
        }
        throw new AppError("NOT_FOUND");
      },
      { maxAge: 0 },
    );
  }
  return feedResponse(request, { kind: "saved", slugs }, "ics");
}
