import type { Database } from "@free-city/db";
import { getDb } from "@free-city/db";
import { jsonBody, openDataGet } from "~/server/open-data-response";

/** Absolute links in an answer start from the address the request came to (see `openDataGet`). */
type Links = { baseUrl: string };

/**
 * The GET handler of an Open Referral UK list endpoint: the query read from the address (a bad
 * value is a 400 naming it, through `openDataGet`), the page as JSON, cacheable for `maxAge` s.
 */
export function orukListRoute<Query>(
  parse: (params: URLSearchParams) => Query,
  list: (db: Database, query: Query, links: Links) => Promise<unknown>,
  maxAge: number,
) {
  return (request: Request) =>
    openDataGet(
      request,
      async (url) => jsonBody(await list(getDb(), parse(url.searchParams), { baseUrl: url.origin })),
      {
        maxAge,
      },
    );
}

/** The GET handler of an Open Referral UK record endpoint (`…/{id}`): the record as JSON, or a 404. */
export function orukRecordRoute(get: (db: Database, id: string, links: Links) => Promise<unknown>, maxAge: number) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    return openDataGet(request, async (url) => jsonBody(await get(getDb(), id, { baseUrl: url.origin })), { maxAge });
  };
}
