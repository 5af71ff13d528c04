import { PHOTO_CONTENT_TYPES, type ProcessedPhoto, photoKey } from "./process-photo.ts";
import type { PhotoStorage } from "./storage.ts";

/**
 * Writes a processed photo's files. If one write fails, the ones already written are removed,
 * so a failed network call to the bucket leaves no half-stored photo.
 */
export async function storePhoto(storage: PhotoStorage, photo: ProcessedPhoto): Promise<void> {
  const written: string[] = [];
  try {
    for (const file of photo.files) {
      const key = photoKey(photo.hash, file.width, file.format);
      await storage.put(key, file.data, PHOTO_CONTENT_TYPES[file.format]);
      written.push(key);
    }
  } catch (error) {
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw error;
  }
}
