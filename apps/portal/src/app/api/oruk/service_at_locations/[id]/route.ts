import { getOrukServiceAtLocation } from "@free-city/api";
import { getDb } from "@free-city/db";
import { jsonBody, openDataGet, openDataOptions } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

type Params = { params: Promise<{ id: string }> };

/** One service at one location, both in full. */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return openDataGet(
    request,
    async (url) => jsonBody(await getOrukServiceAtLocation(getDb(), id, { baseUrl: url.origin })),
    { maxAge: 300 },
  );
}
