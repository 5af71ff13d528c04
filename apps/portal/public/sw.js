/*
 * Free City's service worker. Installed only when someone saves an offer (see src/lib/saved.ts).
 * It keeps saved offer pages and the Saved list working without a connection. Pages always come
 * from the network first, so nothing shown online is ever out of date; the copies are a fallback.
 * Nothing here talks to any other site.
 */
const SAVED = "free-city-saved-v1";
const STATIC = "free-city-static-v1";
const SAVED_LIST = /^\/(?:[a-z]{2}\/)?saved$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  // Built files never change under one name: keep each one the first time it is fetched.
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(
      caches.open(STATIC).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  if (request.mode === "navigate") {
    event.respondWith(
      (async () => {
        const cache = await caches.open(SAVED);
        try {
          const response = await fetch(request);
          // Refresh the copy of a saved page (or the Saved list) whenever it is visited online.
          if (response.ok && (SAVED_LIST.test(url.pathname) || (await cache.match(url.pathname))))
            await cache.put(url.pathname, response.clone());
          return response;
        } catch (error) {
          const copy = await cache.match(url.pathname);
          if (copy) return copy;
          throw error;
        }
      })(),
    );
  }
});
