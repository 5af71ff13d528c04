import { isPublicPhotoHash } from "@free-city/api";
import { getDb } from "@free-city/db";
import { getPhotoStorage, PHOTO_CONTENT_TYPES, type PhotoFormat, photoKey } from "@free-city/photos";

/** Only a sha256 in hex, and only "<width>.<avif|webp|jpg>": nothing in the address can name another file. */
const HASH = /^[0-9a-f]{64}$/;
const FILE = /^(\d{1,5})\.(avif|webp|jpg)$/;

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * A photo's file, at an address made from its content's hash (a changed photo gets new
 * addresses), so it can be cached for a year. Only photos that are live on the portal are
 * served: a draft's or a taken-down photo's address is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ hash: string; file: string }> }) {
  const { hash, file } = await params;
  const match = FILE.exec(file);
  if (!HASH.test(hash) || !match) return notFound();
  if (!(await isPublicPhotoHash(getDb(), hash))) return notFound();
  const format = match[2] as PhotoFormat;
  const data = await getPhotoStorage().get(photoKey(hash, Number(match[1]), format));
  if (!data) return notFound();
  return new Response(Buffer.from(data), {
    headers: {
      "Content-Type": PHOTO_CONTENT_TYPES[format],
      "Content-Length": String(data.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
