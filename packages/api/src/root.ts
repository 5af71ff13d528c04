import { catalogueRouter } from "./router/catalogue.ts";
import { cityRouter } from "./router/city.ts";
import { contextPageRouter } from "./router/context-page.ts";
import { coverageRouter } from "./router/coverage.ts";
import { districtRouter } from "./router/district.ts";
import { listingRouter } from "./router/listing.ts";
import { moderationRouter } from "./router/moderation.ts";
import { offerRouter } from "./router/offer.ts";
import { offerImportRouter } from "./router/offer-import.ts";
import { organisationRouter } from "./router/organisation.ts";
import { photoRouter } from "./router/photo.ts";
import { pledgeRouter } from "./router/pledge.ts";
import { reviewRouter } from "./router/review.ts";
import { searchRouter } from "./router/search.ts";
import { staffRouter } from "./router/staff.ts";
import { statsRouter } from "./router/stats.ts";
import { taxonomyRouter } from "./router/taxonomy.ts";
import { teamRouter } from "./router/team.ts";
import { venueRouter } from "./router/venue.ts";
import { voiceRouter } from "./router/voice.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  catalogue: catalogueRouter,
  city: cityRouter,
  contextPage: contextPageRouter,
  coverage: coverageRouter,
  district: districtRouter,
  listing: listingRouter,
  pledge: pledgeRouter,
  moderation: moderationRouter,
  offer: offerRouter,
  offerImport: offerImportRouter,
  organisation: organisationRouter,
  photo: photoRouter,
  review: reviewRouter,
  search: searchRouter,
  staff: staffRouter,
  stats: statsRouter,
  taxonomy: taxonomyRouter,
  team: teamRouter,
  venue: venueRouter,
  voice: voiceRouter,
});

export type AppRouter = typeof appRouter;

/** A server-side caller: the portal reads through this, with no HTTP hop to itself. */
export const createCaller = createCallerFactory(appRouter);
