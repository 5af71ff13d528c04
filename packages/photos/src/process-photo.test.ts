import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PHOTO_CONTENT_TYPES, PhotoError, type PhotoErrorCode, processPhoto } from "./process-photo.ts";

/** A photo-like picture: gradients with a little grain (which does not compress away). */
async function picture(width: number, height: number) {
  const data = Buffer.alloc(width * height * 3);
  for (let i = 0; i < data.length; i++) {
    const pixel = Math.floor(i / 3);
    const x = pixel % width;
    const y = Math.floor(pixel / width);
    data[i] = ((i % 3) * 80 + x / 4 + y / 3 + ((i * 7919) % 13)) % 256;
  }
  return sharp(data, { raw: { width, height, channels: 3 } });
}

/** A JPEG carrying GPS, a camera serial and an orientation of 6 (turn 90° clockwise to view). */
async function phoneJpeg() {
  // Left half red, right half blue: once turned upright, red is on top.
  const left = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#ff0000" } })
    .composite([
      {
        input: await sharp({ create: { width: 300, height: 400, channels: 3, background: "#0000ff" } })
          .png()
          .toBuffer(),
        left: 300,
        top: 0,
      },
    ])
    .png()
    .toBuffer();
  return sharp(left)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "FreeCityPhone", Model: "Model X", ImageDescription: "Comment: Jo at school" },
      IFD2: { BodySerialNumber: "SN-123456" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 28/1 5/1", GPSLongitudeRef: "W", GPSLongitude: "1/1 53/1 0/1" },
    })
    .toBuffer();
}

/**
 * A HEIC as an iPhone saves it by default: a HEIF container whose image is HEVC-coded (which the
 * image library here can't decode), 4032 × 3024. Built box by box; the coded data is a stub.
 */
function iphoneHeic(width = 4032, height = 3024): Buffer {
  const u8 = (n: number) => Buffer.from([n]);
  const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const box = (type: string, ...parts: Buffer[]) => {
    const payload = Buffer.concat(parts);
    return Buffer.concat([u32(8 + payload.length), Buffer.from(type, "latin1"), payload]);
  };
  const fullBox = (type: string, version: number, ...parts: Buffer[]) =>
    box(type, u8(version), u8(0), u16(0), ...parts);
  const coded = Buffer.from([0, 0, 0, 4, 0x26, 0x01, 0xaf, 0x00]);
  // HEVCDecoderConfigurationRecord: version 1, Main profile, level 3, 4:2:0, 8 bits, no parameter sets.
  const hvcC = box(
    "hvcC",
    Buffer.from([1, 1, 0x60, 0, 0, 0, 0x90, 0, 0, 0, 0, 0, 90, 0xf0, 0, 0xfc, 0xfd, 0xf8, 0xf8, 0, 0, 0x0f, 0]),
  );
  const meta = (dataOffset: number) =>
    fullBox(
      "meta",
      0,
      fullBox("hdlr", 0, u32(0), Buffer.from("pict"), u32(0), u32(0), u32(0), u8(0)),
      fullBox("pitm", 0, u16(1)),
      fullBox("iloc", 0, u8(0x44), u8(0), u16(1), u16(1), u16(0), u16(1), u32(dataOffset), u32(coded.length)),
      fullBox("iinf", 0, u16(1), fullBox("infe", 2, u16(1), u16(0), Buffer.from("hvc1"), u8(0))),
      box(
        "iprp",
        box("ipco", hvcC, fullBox("ispe", 0, u32(width), u32(height))),
        fullBox("ipma", 0, u32(1), u16(1), u8(2), u8(0x81), u8(0x02)),
      ),
    );
  const ftyp = box("ftyp", Buffer.from("heic"), u32(0), Buffer.from("mif1heic"));
  const dataOffset = ftyp.length + meta(0).length + 8;
  return Buffer.concat([ftyp, meta(dataOffset), box("mdat", coded)]);
}

async function refused(input: Uint8Array | Promise<Uint8Array>): Promise<PhotoErrorCode> {
  try {
    await processPhoto(await input);
  } catch (error) {
    return (error as { code: PhotoErrorCode }).code;
  }
  throw new Error("accepted");
}

describe("processPhoto", () => {
  it("accepts JPEG, PNG, WebP and AVIF by their content, whatever they are called", async () => {
    const base = await picture(900, 600);
    for (const [format, file] of [
      ["jpeg", await base.clone().jpeg().toBuffer()],
      ["png", await base.clone().png().toBuffer()],
      ["webp", await base.clone().webp().toBuffer()],
      ["avif", await base.clone().avif().toBuffer()],
    ] as const) {
      const photo = await processPhoto(file);
      expect(photo, format).toMatchObject({ width: 900, height: 600 });
      expect(photo.hash).toMatch(/^[0-9a-f]{64}$/);
      // 320 and 640 wide, and the photo's own 900: each as AVIF, WebP and JPEG.
      expect(photo.variants.map((v) => `${v.width}.${v.format}`)).toEqual([
        "320.avif",
        "320.webp",
        "320.jpg",
        "640.avif",
        "640.webp",
        "640.jpg",
        "900.avif",
        "900.webp",
        "900.jpg",
      ]);
      for (const file of photo.files) {
        const meta = await sharp(file.data).metadata();
        expect(meta.format === "jpeg" ? "jpg" : meta.format === "heif" ? "avif" : meta.format).toBe(file.format);
        expect(meta.width).toBe(file.width);
        expect(PHOTO_CONTENT_TYPES[file.format]).toMatch(/^image\//);
      }
      expect(photo.placeholder).toMatch(/^data:image\/webp;base64,/);
      expect(photo.placeholder.length).toBeLessThan(600);
      expect(photo.colour).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("removes GPS and every other metadata from every stored file, and turns the photo upright", async () => {
    const upload = await phoneJpeg();
    const before = await exifr.parse(upload, { gps: true, tiff: true, exif: true });
    expect(before.latitude).toBeCloseTo(52.468, 2);
    expect(before.Make).toBe("FreeCityPhone");
    expect((await sharp(upload).metadata()).orientation).toBe(6);

    const photo = await processPhoto(upload);
    // Orientation 6 applied: 600 × 400 on its side becomes 400 × 600, red (the left) on top.
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 400, height: 600 });
    for (const file of photo.files) {
      const exif = await exifr.parse(file.data, true).catch(() => undefined);
      expect(exif ?? {}, `${file.width}.${file.format}`).toEqual({});
      const meta = await sharp(file.data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.height).toBeGreaterThan(meta.width ?? 0);
      const { data } = await sharp(file.data).extract({ left: 0, top: 0, width: 10, height: 10 }).raw().toBuffer({
        resolveWithObject: true,
      });
      expect(data[0], "top is red").toBeGreaterThan(200);
      expect(data[2], "top is red").toBeLessThan(60);
      const raw = Buffer.from(file.data).toString("latin1");
      for (const secret of ["FreeCityPhone", "SN-123456", "Jo at school"]) expect(raw).not.toContain(secret);
    }
  });

  it("converts colour to sRGB", async () => {
    const p3 = await (await picture(400, 300)).withIccProfile("p3").jpeg().toBuffer();
    expect((await sharp(p3).metadata()).icc).toBeDefined();
    const photo = await processPhoto(p3);
    for (const file of photo.files) expect((await sharp(file.data).metadata()).space).toBe("srgb");
  });

  it("tells a partner sending an iPhone's HEIC (HEVC, not readable here) how to send a JPEG", async () => {
    const heic = iphoneHeic();
    const meta = await sharp(heic).metadata();
    expect({ format: meta.format, compression: meta.compression }).toEqual({ format: "heif", compression: "hevc" });
    expect(await refused(heic)).toBe("PHOTO_HEIC");
    expect(new PhotoError("PHOTO_HEIC").message).toMatch(/JPEG/);
  });

  it("refuses a text file renamed .jpg, an empty file and an SVG", async () => {
    expect(
      await refused(new TextEncoder().encode("Hello! This is not a photo, it's a text file called photo.jpg")),
    ).toBe("PHOTO_NOT_AN_IMAGE");
    expect(await refused(new Uint8Array())).toBe("PHOTO_EMPTY");
    expect(
      await refused(
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>'),
      ),
    ).toBe("PHOTO_NOT_AN_IMAGE");
  });

  it("refuses a truncated JPEG", async () => {
    const jpeg = await (await picture(800, 600)).jpeg().toBuffer();
    expect(await refused(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toBe("PHOTO_DAMAGED");
  });

  it("refuses a 50-megapixel image before decoding it", async () => {
    const huge = await sharp({ create: { width: 8000, height: 6250, channels: 3, background: "#3a7" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(huge.byteLength).toBeLessThan(10 * 1024 * 1024);
    expect(await refused(huge)).toBe("PHOTO_TOO_MANY_PIXELS");
  });

  it("refuses animated GIF and animated WebP, and a still GIF is told to send a JPEG", async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 40, height: 40, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const frames = [await frame("#f00"), await frame("#00f")];
    expect(
      await refused(
        sharp(frames, { join: { animated: true } })
          .gif()
          .toBuffer(),
      ),
    ).toBe("PHOTO_ANIMATED");
    expect(
      await refused(
        sharp(frames, { join: { animated: true } })
          .webp()
          .toBuffer(),
      ),
    ).toBe("PHOTO_ANIMATED");
    expect(await refused(sharp(frames[0]).gif().toBuffer())).toBe("PHOTO_FORMAT");
  });

  it("refuses a 12 MB file", async () => {
    const jpeg = await (await picture(100, 100)).jpeg().toBuffer();
    const big = Buffer.concat([jpeg, Buffer.alloc(12 * 1024 * 1024 - jpeg.length)]);
    expect(await refused(big)).toBe("PHOTO_TOO_BIG");
  });
});
