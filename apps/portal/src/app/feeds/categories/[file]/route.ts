import { feedOptions, slugFeedHandler } from "~/server/feeds";

export const dynamic = "force-dynamic";
export const OPTIONS = feedOptions;

/** /feeds/categories/<slug>.ics (calendar of the next weeks) or .atom (new and changed offers). */
export const GET = slugFeedHandler("category");
