/**
 * Saved offers live on this device only (localStorage): no account, nothing sent anywhere except
 * one anonymous "saved" count for the partner. Saved pages are also kept by the service worker
 * (public/sw.js), so they open without a connection.
 */
export type SavedOffer = { slug: string; title: string; summary: string; path: string; savedAt?: string };

const KEY = "free-city:saved";
export const SAVED_CACHE = "free-city-saved-v1";
const STATIC_CACHE = "free-city-static-v1";

export function readSaved(): SavedOffer[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(value)
      ? value.filter((item) => typeof item?.slug === "string" && typeof item?.path === "string")
      : [];
  } catch {
    return [];
  }
}

function writeSaved(items: SavedOffer[]): void {
  localStorage.setItem(KEY, JSON.stringify(items));
}

export function isSaved(slug: string): boolean {
  return readSaved().some((item) => item.slug === slug);
}

/** Saves or un-saves `offer`; returns whether it is saved now. */
export function toggleSaved(offer: SavedOffer): boolean {
  const items = readSaved();
  if (items.some((item) => item.slug === offer.slug)) {
    removeSaved(offer.slug, offer.path);
    return false;
  }
  writeSaved([{ ...offer, savedAt: new Date().toISOString() }, ...items]);
  void keepOffline(offer.path);
  void fetch("/api/events", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ offerSlug: offer.slug, kind: "save" }),
    keepalive: true,
  }).catch(() => undefined);
  return true;
}

export function removeSaved(slug: string, path: string): void {
  writeSaved(readSaved().filter((item) => item.slug !== slug));
  if ("caches" in window) void caches.open(SAVED_CACHE).then((cache) => cache.delete(path));
}

/** Registers the service worker (only once someone saves something) and keeps the page for offline use. */
export async function keepOffline(path: string): Promise<void> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  try {
    await navigator.serviceWorker.register("/sw.js");
    const cache = await caches.open(SAVED_CACHE);
    await cache.add(new Request(path, { credentials: "omit" }));
    // The scripts and styles this page already loaded came before the service worker: keep them too.
    const built = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith("/_next/static/"));
    await (await caches.open(STATIC_CACHE)).addAll(built);
  } catch {
    // Offline copies are a bonus: the list of saved things still works without them.
  }
}
