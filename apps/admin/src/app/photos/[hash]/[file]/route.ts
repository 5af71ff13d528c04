import { canSeePhotoInAdmin } from "@free-city/api";
import { getDb } from "@free-city/db";
import { getPhotoStorage, PHOTO_CONTENT_TYPES, type PhotoFormat, photoKey } from "@free-city/photos";
import { getSessionUser } from "~/server/auth";

const HASH = /^[0-9a-f]{64}$/;
const FILE = /^(\d{1,5})\.(avif|webp|jpg)$/;

/**
 * A photo's file in the admin, drafts included: for members of the organisation that uploaded
 * it and for council staff only (everyone else gets a 404). Never cached by a shared cache.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ hash: string; file: string }> }) {
  const { hash, file } = await params;
  const match = FILE.exec(file);
  if (!HASH.test(hash) || !match) return new Response("Not found", { status: 404 });
  const user = await getSessionUser();
  if (!(await canSeePhotoInAdmin(getDb(), user, hash))) return new Response("Not found", { status: 404 });
  const format = match[2] as PhotoFormat;
  const data = await getPhotoStorage().get(photoKey(hash, Number(match[1]), format));
  if (!data) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(data), {
    headers: {
      "Content-Type": PHOTO_CONTENT_TYPES[format],
      "Cache-Control": "private, max-age=3600",
      "Content-Length": String(data.byteLength),
    },
  });
}
