export {
  createPhotoStorage,
  DEFAULT_PHOTO_GRACE_DAYS,
  getPhotoStorage,
  PhotoConfigError,
  readPhotoGraceDays,
  readPhotoStorageSettings,
} from "./env.ts";
export {
  isPhotoError,
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  PHOTO_CONTENT_TYPES,
  PHOTO_FORMATS,
  PHOTO_WIDTHS,
  PhotoError,
  type PhotoErrorCode,
  type PhotoFormat,
  type PhotoVariant,
  type ProcessedPhoto,
  photoKey,
  processPhoto,
} from "./process-photo.ts";
export { assertStorageKey, LocalPhotoStorage, type PhotoStorage, S3PhotoStorage } from "./storage.ts";
export { storePhoto } from "./store-photo.ts";
