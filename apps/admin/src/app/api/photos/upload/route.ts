import { addListingPhoto, createCaller, isAppError } from "@free-city/api";
import { getPhotoStorage, isPhotoError, MAX_PHOTO_BYTES, processPhoto } from "@free-city/photos";
import { listingPhotosInput, photoDetails } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";
import { requestContext } from "~/server/auth";
import { offerPath, orgPath } from "~/server/pages";

/** The form around the file adds a little; anything past this is cut off and refused. */
const MAX_BODY = MAX_PHOTO_BYTES + 1024 * 1024;

type Answer = { ok: true; photoId: string } | { ok: false; message: string; field?: string };

/** Reads the body, stopping at the cap (a chunked upload without a length is cut off too). */
async function readCapped(request: Request): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A partner adds a photo to an offer or a venue (`offerId` or `venueId` in the address). Works as a plain form (the answer is a redirect back to the
 * photos page with the outcome) and from the page's script (`Accept: application/json`, which
 * shows progress and can cancel). Order: the same guards as every partner change (membership,
 * organisation in good standing, room for a photo), then the file is checked and re-encoded, and
 * only then is anything stored.
 */
export async function POST(request: Request): Promise<Response> {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const url = new URL(request.url);
  // Only the ids given: a missing one stays out, so the schema sees exactly one of the two.
  const ids = Object.fromEntries(
    ["organisationId", "offerId", "venueId"].flatMap((key) => {
      const value = url.searchParams.get(key);
      return value === null ? [] : [[key, value]];
    }),
  );
  const ref = listingPhotosInput.safeParse(ids);
  const back = (answer: Answer, status: number) => {
    if (wantsJson) return Response.json(answer, { status, headers: { "Cache-Control": "no-store" } });
    if (!ref.success) return new Response("Not found", { status: 404 });
    const query = answer.ok ? "?added=1" : `?error=${encodeURIComponent(answer.message)}`;
    const { organisationId, offerId, venueId } = ref.data;
    const page = venueId
      ? orgPath(organisationId, `/venues/${venueId}/photos${query}`)
      : offerPath(organisationId, offerId ?? "", `/photos${query}`);
    return Response.redirect(new URL(page, request.url), 303);
  };

  if (!ref.success)
    return back({ ok: false, message: "We couldn't tell which offer or venue this photo is for." }, 404);
  const context = await requestContext(request);
  if (!context.user) return back({ ok: false, message: "Please sign in again, then add the photo." }, 401);
  try {
    // The guard every partner change passes (partnerEditProcedure), before the file is even read.
    await createCaller(context).photo.checkUpload(ref.data);
  } catch (error) {
    return back({ ok: false, message: error instanceof TRPCError ? error.message : "That can't be done now." }, 403);
  }

  const body = await readCapped(request);
  if (!body)
    return back({ ok: false, field: "file", message: "This file is bigger than 10 MB. Send a smaller photo." }, 413);
  let form: FormData;
  try {
    form = await new Response(new Blob([Buffer.from(body)]), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return back({ ok: false, message: "The upload didn't arrive whole. Please try again." }, 400);
  }
  const file = form.get("file");
  const details = photoDetails.safeParse({
    altText: String(form.get("altText") ?? ""),
    caption: String(form.get("caption") ?? ""),
    people: form.get("people") ?? undefined,
  });
  if (!details.success) {
    const issue = details.error.issues[0];
    return back(
      { ok: false, field: String(issue?.path[0] ?? ""), message: issue?.message ?? "Check the answers." },
      400,
    );
  }
  if (!(file instanceof File) || file.size === 0)
    return back({ ok: false, field: "file", message: "Choose a photo to upload." }, 400);

  try {
    const processed = await processPhoto(new Uint8Array(await file.arrayBuffer()));
    const user = context.user;
    const added = await addListingPhoto(
      context.db,
      getPhotoStorage(),
      { id: user.id, label: user.email },
      { ...ref.data, details: details.data },
      processed,
    );
    return back({ ok: true, photoId: added.photoId }, 200);
  } catch (error) {
    if (isPhotoError(error)) return back({ ok: false, field: "file", message: error.message }, 422);
    if (isAppError(error)) return back({ ok: false, message: error.message }, 409);
    throw error;
  }
}
