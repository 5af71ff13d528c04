import { createHash } from "node:crypto";
import sharp, { type Metadata, type OutputInfo } from "sharp";

/** At most 10 MB a file: a phone's photo fits, a video or a scan of a book does not. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** At most 40 megapixels (a 48 MP phone's default output is 12 MP): anything bigger is refused before decoding. */
export const MAX_PHOTO_PIXELS = 40_000_000;
/** The widths stored (each no wider than the photo itself), for `srcset`. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
/** Stored formats, best first: the portal's <picture> offers them in this order. */
export const PHOTO_FORMATS = ["avif", "webp", "jpg"] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

export const PHOTO_CONTENT_TYPES: Record<PhotoFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
};

export type PhotoErrorCode =
  | "PHOTO_EMPTY"
  | "PHOTO_TOO_BIG"
  | "PHOTO_NOT_AN_IMAGE"
  | "PHOTO_FORMAT"
  | "PHOTO_HEIC"
  | "PHOTO_TOO_MANY_PIXELS"
  | "PHOTO_ANIMATED"
  | "PHOTO_DAMAGED";

const MESSAGES: Record<PhotoErrorCode, string> = {
  PHOTO_EMPTY: "Choose a photo to upload.",
  PHOTO_TOO_BIG: "This file is bigger than 10 MB. Send a smaller photo (a photo from a phone camera is usually fine).",
  PHOTO_NOT_AN_IMAGE:
    "This file isn't a photo we can read, whatever its name says. Send a JPEG, PNG, WebP or AVIF photo.",
  PHOTO_FORMAT: "We can only take JPEG, PNG, WebP or AVIF photos. Save the photo as a JPEG and try again.",
  PHOTO_HEIC:
    "This HEIC photo can't be read here. On an iPhone, choose Settings › Camera › Formats › Most Compatible, or share the photo as a JPEG, then try again.",
  PHOTO_TOO_MANY_PIXELS:
    "This photo is too big (more than 40 megapixels). Make it smaller (for example 4000 × 3000 pixels) and try again.",
  PHOTO_ANIMATED: "Moving pictures (animated GIF, WebP or AVIF) can't be used. Send a still photo.",
  PHOTO_DAMAGED: "This photo seems damaged or only partly sent. Try sending it again, or save it again as a JPEG.",
};

/** Why a file was refused. Nothing has been stored when this is thrown. */
export class PhotoError extends Error {
  override readonly name = "PhotoError";
  constructor(readonly code: PhotoErrorCode) {
    super(MESSAGES[code]);
  }
}

export function isPhotoError(error: unknown): error is PhotoError {
  return error instanceof PhotoError;
}

export type PhotoVariant = { width: number; height: number; format: PhotoFormat; bytes: number };

export type ProcessedPhoto = {
  /** sha256 (hex) of every stored file: the photo's files live under this name, so its URLs change when it does. */
  hash: string;
  width: number;
  height: number;
  /** A tiny blurred WebP as a data: URL, shown while the photo loads. */
  placeholder: string;
  /** The photo's main colour, "#rrggbb", behind the placeholder. */
  colour: string;
  variants: PhotoVariant[];
  /** The files to store, keyed as `photoKey(hash, width, format)` says. */
  files: { width: number; format: PhotoFormat; data: Buffer }[];
};

/** Where one stored file lives. Only hex and digits: no key can reach outside its folder. */
export function photoKey(hash: string, width: number, format: PhotoFormat): string {
  return `photos/${hash}/${width}.${format}`;
}

/** The formats a phone or camera sends that we can decode here. */
const READABLE = new Set(["jpeg", "png", "webp", "heif"]);

function sharpOptions() {
  // failOn "warning": a truncated or corrupt file is an error, never half a picture.
  return { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "warning", sequentialRead: true } as const;
}

/**
 * Checks an upload by what its bytes are (never its name or the browser's type) and re-encodes
 * it: orientation applied, every piece of metadata dropped (EXIF, GPS, camera serials, XMP,
 * comments, ICC: libvips writes none unless asked), colour converted to sRGB, stored in up to
 * three widths as AVIF, WebP and JPEG, with its size and a tiny placeholder. Throws a PhotoError
 * with a plain message for anything it refuses.
 */
export async function processPhoto(input: Uint8Array): Promise<ProcessedPhoto> {
  if (input.byteLength === 0) throw new PhotoError("PHOTO_EMPTY");
  if (input.byteLength > MAX_PHOTO_BYTES) throw new PhotoError("PHOTO_TOO_BIG");
  const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);

  let meta: Metadata;
  try {
    meta = await sharp(buffer, { ...sharpOptions(), pages: -1 }).metadata();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw new PhotoError("PHOTO_TOO_MANY_PIXELS");
    throw new PhotoError("PHOTO_NOT_AN_IMAGE");
  }
  if ((meta.pages ?? 1) > 1) throw new PhotoError("PHOTO_ANIMATED");
  if (!meta.format || !READABLE.has(meta.format)) {
    throw new PhotoError(meta.format === "gif" || meta.format === "tiff" ? "PHOTO_FORMAT" : "PHOTO_NOT_AN_IMAGE");
  }
  if (meta.format === "heif" && meta.compression !== "av1") throw new PhotoError("PHOTO_HEIC");
  if (!meta.width || !meta.height) throw new PhotoError("PHOTO_DAMAGED");
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) throw new PhotoError("PHOTO_TOO_MANY_PIXELS");

  // Decode once, upright, in sRGB, without alpha (photos; a transparent PNG gets a white ground).
  let master: { data: Buffer; info: OutputInfo };
  try {
    master = await sharp(buffer, sharpOptions())
      .autoOrient()
      .toColourspace("srgb")
      .flatten({ background: "#ffffff" })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw new PhotoError("PHOTO_TOO_MANY_PIXELS");
    throw new PhotoError("PHOTO_DAMAGED");
  }
  const { width, height, channels } = master.info;
  const raw = () => sharp(master.data, { raw: { width, height, channels } });

  // Each stored width below the photo's own, and the photo's own (at most the largest).
  const largest = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1] ?? 1280;
  const widths: number[] = PHOTO_WIDTHS.filter((w) => w < width);
  if (width <= largest) widths.push(width);
  else if (!widths.includes(largest)) widths.push(largest);

  const files: ProcessedPhoto["files"] = [];
  const variants: PhotoVariant[] = [];
  for (const w of [...new Set(widths)]) {
    const resized = await raw().resize({ width: w, withoutEnlargement: true }).raw().toBuffer({
      resolveWithObject: true,
    });
    const sized = () =>
      sharp(resized.data, { raw: { width: resized.info.width, height: resized.info.height, channels } });
    const encoded: [PhotoFormat, Buffer][] = [
      ["avif", await sized().avif({ quality: 50, effort: 2 }).toBuffer()],
      ["webp", await sized().webp({ quality: 72 }).toBuffer()],
      ["jpg", await sized().jpeg({ quality: 75, mozjpeg: true, progressive: true }).toBuffer()],
    ];
    for (const [format, data] of encoded) {
      files.push({ width: w, format, data });
      variants.push({ width: w, height: resized.info.height, format, bytes: data.byteLength });
    }
  }

  const tiny = await raw().resize({ width: 16, height: 16, fit: "inside" }).webp({ quality: 30 }).toBuffer();
  const stats = await raw().stats();
  const { r, g, b } = stats.dominant;
  const colour = `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;

  const hash = createHash("sha256");
  for (const file of files) hash.update(file.data);
  return {
    hash: hash.digest("hex"),
    width,
    height,
    placeholder: `data:image/webp;base64,${tiny.toString("base64")}`,
    colour,
    variants,
    files,
  };
}
