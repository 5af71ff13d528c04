import { existsSync } from "node:fs";
import path from "node:path";
import { LocalPhotoStorage, type PhotoStorage, S3PhotoStorage } from "./storage.ts";

/**
 * The repository root: the nearest folder up from where the process runs that holds the pnpm
 * workspace (each app runs in its own folder, and both must find the same `.data/`). Found at run
 * time: a bundler would rewrite a path relative to this file. Outside the repository (a deployed
 * bundle) it is the working folder; set FREE_CITY_UPLOADS_DIR or S3_BUCKET there.
 */
function repoRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export class PhotoConfigError extends Error {
  override readonly name = "PhotoConfigError";
}

export type PhotoStorageSettings =
  | { kind: "local"; dir: string }
  | {
      kind: "s3";
      bucket: string;
      endpoint?: string;
      region: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      forcePathStyle: boolean;
    };

/**
 * Where photos are kept: S3_BUCKET set = that bucket (S3_ENDPOINT for any S3-compatible server,
 * S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or the AWS SDK's own credential chain);
 * otherwise the folder FREE_CITY_UPLOADS_DIR (default `uploads/` in the data folder, `.data/`).
 */
export function readPhotoStorageSettings(env: Record<string, string | undefined> = process.env): PhotoStorageSettings {
  const bucket = env.S3_BUCKET?.trim();
  if (bucket) {
    const endpoint = env.S3_ENDPOINT?.trim() || undefined;
    if (endpoint && !/^https?:\/\/\S+$/.test(endpoint))
      throw new PhotoConfigError(`S3_ENDPOINT must be a URL like https://s3.example.org (got "${endpoint}").`);
    const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || undefined;
    const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || undefined;
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
      throw new PhotoConfigError("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.");
    return {
      kind: "s3",
      bucket,
      endpoint,
      region: env.S3_REGION?.trim() || "us-east-1",
      accessKeyId,
      secretAccessKey,
      // An endpoint of one's own is usually path-style (MinIO, Ceph, Garage…); AWS itself is not.
      forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === "1" : Boolean(endpoint),
    };
  }
  const dataDir = env.FREE_CITY_DATA_DIR?.trim() || path.join(repoRoot(), ".data");
  return { kind: "local", dir: path.resolve(env.FREE_CITY_UPLOADS_DIR?.trim() || path.join(dataDir, "uploads")) };
}

/** How long a photo nothing uses keeps its files when FREE_CITY_PHOTO_GRACE_DAYS is not set. */
export const DEFAULT_PHOTO_GRACE_DAYS = 7;

/**
 * How many days a photo nothing uses any more (removed, of an archived offer or venue, taken
 * down) keeps its rows and files before the photo-files job deletes them: time to undo a mistake
 * (restore a version, lift an archive). FREE_CITY_PHOTO_GRACE_DAYS, a whole number from 0 to 365
 * (default 7); anything else stops the job with a message rather than deleting too soon.
 */
export function readPhotoGraceDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.FREE_CITY_PHOTO_GRACE_DAYS?.trim();
  if (!raw) return DEFAULT_PHOTO_GRACE_DAYS;
  const days = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(days >= 0 && days <= 365))
    throw new PhotoConfigError(
      `FREE_CITY_PHOTO_GRACE_DAYS must be a whole number of days from 0 to 365 (got "${raw}").`,
    );
  return days;
}

export function createPhotoStorage(settings: PhotoStorageSettings): PhotoStorage {
  return settings.kind === "s3" ? new S3PhotoStorage(settings) : new LocalPhotoStorage(settings.dir);
}

let storage: PhotoStorage | undefined;

/** The app's one storage, from the environment. */
export function getPhotoStorage(): PhotoStorage {
  storage ??= createPhotoStorage(readPhotoStorageSettings());
  return storage;
}
