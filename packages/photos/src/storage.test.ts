import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPhotoStorage, readPhotoGraceDays, readPhotoStorageSettings } from "./env.ts";
import { type PhotoStorage, S3PhotoStorage } from "./storage.ts";
import { storePhoto } from "./store-photo.ts";

/** The one suite every storage must pass. */
function storageSuite(name: string, open: () => PhotoStorage) {
  describe(name, () => {
    it("puts, gets, overwrites and deletes a file", async () => {
      const storage = open();
      const key = "photos/0123abcd/320.webp";
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, new Uint8Array([1, 2, 3]), "image/webp");
      expect([...((await storage.get(key)) ?? [])]).toEqual([1, 2, 3]);
      await storage.put(key, new Uint8Array([4, 5]), "image/webp");
      expect([...((await storage.get(key)) ?? [])]).toEqual([4, 5]);
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
      await storage.delete(key); // deleting what isn't there is fine
    });

    it("keeps binary data byte for byte", async () => {
      const storage = open();
      const data = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
      await storage.put("photos/beef/1280.jpg", data, "image/jpeg");
      expect(Buffer.from((await storage.get("photos/beef/1280.jpg")) ?? []).equals(Buffer.from(data))).toBe(true);
    });

    it("refuses keys that could reach another file", async () => {
      const storage = open();
      for (const key of [
        "../secret",
        "photos/../../etc/passwd",
        "/etc/passwd",
        "photos/..%2f..%2fx",
        "photos\\..\\x",
        "photos//x",
        "photos/x/",
        "photos/.hidden",
        "",
      ]) {
        await expect(storage.get(key), key).rejects.toThrow(/storage key/);
        await expect(storage.put(key, new Uint8Array([1]), "image/jpeg"), key).rejects.toThrow(/storage key/);
        await expect(storage.delete(key), key).rejects.toThrow(/storage key/);
      }
    });

    it("stores a processed photo's files, and leaves none when a write fails", async () => {
      const storage = open();
      const files = [320, 640].map((width) => ({ width, format: "jpg" as const, data: Buffer.from([width % 256]) }));
      const photo = { hash: "aa11", width: 640, height: 480, placeholder: "", colour: "#000000", variants: [], files };
      await storePhoto(storage, photo);
      expect(await storage.get("photos/aa11/640.jpg")).not.toBeNull();

      const failing: PhotoStorage = {
        get: (key) => storage.get(key),
        delete: (key) => storage.delete(key),
        put: async (key, data, type) => {
          if (key.endsWith("640.jpg")) throw new Error("network down");
          await storage.put(key, data, type);
        },
      };
      await expect(storePhoto(failing, { ...photo, hash: "bb22" })).rejects.toThrow("network down");
      expect(await storage.get("photos/bb22/320.jpg")).toBeNull();
      expect(await storage.get("photos/bb22/640.jpg")).toBeNull();
    });
  });
}

let folder = "";
let s3: S3rver;
let endpoint = "";

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "free-city-photos-"));
  s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(folder, "s3") });
  const address = await s3.run();
  endpoint = `http://127.0.0.1:${address.port}`;
  const client = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  await client.send(new CreateBucketCommand({ Bucket: "free-city-test" }));
  client.destroy();
});

afterAll(async () => {
  await s3?.close();
  await rm(folder, { recursive: true, force: true });
});

storageSuite("local folder storage", () =>
  createPhotoStorage(readPhotoStorageSettings({ FREE_CITY_UPLOADS_DIR: path.join(folder, "uploads") })),
);

storageSuite("S3-compatible storage (s3rver, in this process)", () => {
  const settings = readPhotoStorageSettings({
    S3_BUCKET: "free-city-test",
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  });
  expect(settings.kind).toBe("s3");
  const storage = createPhotoStorage(settings);
  expect(storage).toBeInstanceOf(S3PhotoStorage);
  return storage;
});

describe("storage settings", () => {
  it("defaults to uploads/ in the data folder, and names a bad S3 setting", () => {
    expect(readPhotoStorageSettings({ FREE_CITY_DATA_DIR: "/srv/fc" })).toEqual({
      kind: "local",
      dir: "/srv/fc/uploads",
    });
    expect(() => readPhotoStorageSettings({ S3_BUCKET: "b", S3_ENDPOINT: "not a url" })).toThrow(/S3_ENDPOINT/);
    expect(() => readPhotoStorageSettings({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "x" })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });
});

describe("the photo grace period setting", () => {
  it("is 7 days unless FREE_CITY_PHOTO_GRACE_DAYS says otherwise, and refuses a value that isn't whole days", () => {
    expect(readPhotoGraceDays({})).toBe(7);
    expect(readPhotoGraceDays({ FREE_CITY_PHOTO_GRACE_DAYS: "" })).toBe(7);
    expect(readPhotoGraceDays({ FREE_CITY_PHOTO_GRACE_DAYS: " 30 " })).toBe(30);
    expect(readPhotoGraceDays({ FREE_CITY_PHOTO_GRACE_DAYS: "0" })).toBe(0);
    for (const bad of ["-1", "2.5", "a week", "366", "1e3"])
      expect(() => readPhotoGraceDays({ FREE_CITY_PHOTO_GRACE_DAYS: bad })).toThrow(/FREE_CITY_PHOTO_GRACE_DAYS/);
  });
});
