import { AppError } from "@free-city/api";
import { feedFile, feedOptions, feedResponse } from "~/server/feeds";
import { openDataGet } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = feedOptions;

type Params = { params: Promise<{ file: string }> };

/** /feeds/categories/<slug>.ics (calendar of the next weeks) or .atom (new and changed offers). */
export async function GET(request: Request, { params }: Params) {
  const file = feedFile((await params).file);
  if (!file) {
    return openDataGet(
      request,
      () => {
        throw new AppError("NOT_FOUND");
      },
      { maxAge: 0 },
    );
  }
  return feedResponse(request, { kind: "category", slug: file.slug }, file.format);
}
