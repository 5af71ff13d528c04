/** The request's body was bigger than the route takes. */
export class BodyTooLarge extends Error {
  override readonly name = "BodyTooLarge";
  constructor(readonly limit: number) {
    super(`The request is too large (over ${limit} bytes).`);
  }
}

/**
 * Reads a request's body, stopping as soon as it passes `limit` bytes, whatever Content-Length
 * claims (a chunked body has none). Nothing beyond the limit is buffered.
 */
export async function readBodyCapped(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A copy of `request` whose body is `body` (already read), for handlers that read it again. */
export function withBody(request: Request, body: Uint8Array): Request {
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? (body as BodyInit) : undefined,
    signal: request.signal,
  });
}

export function tooLarge(limit: number): Response {
  return Response.json(
    { error: { message: `The request is too large: this address takes up to ${Math.round(limit / 1024)} KB.` } },
    { status: 413 },
  );
}
