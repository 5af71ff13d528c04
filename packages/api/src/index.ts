export { type Context, createContext, type SessionUser } from "./context.ts";
export type { SearchOptions } from "./domain/catalogue/get-search-options.ts";
export { type FeedOffer, type FeedScope, listFeedOffers, SAVED_FEED_MAX } from "./domain/feeds/list-feed-offers.ts";
export { readContentVersion } from "./domain/listing/read-content-version.ts";
export {
  canTransition,
  OFFER_TRANSITIONS,
  type OfferAction,
  type OfferNextStep,
} from "./domain/offers/lifecycle.ts";
export { organisationStanding } from "./domain/offers/public-offers.ts";
export { getOrukApiInfo, getOrukOpenApi } from "./domain/oruk/get-oruk-api-info.ts";
export { getOrukService } from "./domain/oruk/get-oruk-service.ts";
export { getOrukServiceAtLocation } from "./domain/oruk/get-oruk-service-at-location.ts";
export { getOrukTaxonomy } from "./domain/oruk/get-oruk-taxonomy.ts";
export { getOrukTaxonomyTerm } from "./domain/oruk/get-oruk-taxonomy-term.ts";
export { listOrukServiceAtLocations } from "./domain/oruk/list-oruk-service-at-locations.ts";
export { listOrukServices } from "./domain/oruk/list-oruk-services.ts";
export { listOrukTaxonomies, orukTaxonomy } from "./domain/oruk/list-oruk-taxonomies.ts";
export { listOrukTaxonomyTerms } from "./domain/oruk/list-oruk-taxonomy-terms.ts";
export { orukId } from "./domain/oruk/oruk-id.ts";
export { ORUK_MAX_PER_PAGE, parseOrukPaging, parseOrukQuery } from "./domain/oruk/parse-oruk-query.ts";
export { addListingPhoto } from "./domain/photos/add-listing-photo.ts";
export { canSeePhotoInAdmin } from "./domain/photos/can-see-photo-in-admin.ts";
export { isPublicPhotoHash, type PublicPhoto } from "./domain/photos/public-photos.ts";
export type { SearchFilterCounts } from "./domain/search/count-search-filters.ts";
export type { OfferSearchItem, OfferSearchResult } from "./domain/search/search-offers.ts";
export { listSitemapEntries } from "./domain/seo/list-sitemap-entries.ts";
export { type OfferEventToCount, recordOfferEvents } from "./domain/stats/record-offer-event.ts";
export { hashVisitor } from "./domain/visitors/hash-visitor.ts";
export { APP_ERRORS, AppError, type AppErrorCode, isAppError } from "./errors.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { reportUnexpectedError } from "./unexpected-error.ts";
