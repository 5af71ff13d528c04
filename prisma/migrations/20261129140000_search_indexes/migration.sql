-- The search's filters on the offer's own columns (ages, can-go-alone, cost, access), for live
-- offers only, in a narrow index: a search that keeps most offers ("I am 12", "free") is answered
-- by an index-only scan of a few MB instead of reading the wide offer rows (descriptions, search
-- document: ~175 MB at 100 000 offers). Issue 15; see docs/search-plans/README.md.
CREATE INDEX "offer_live_filters_idx" ON "offer" ("id")
  INCLUDE ("min_age", "max_age", "alone_from_age", "cost_type", "send_friendly", "quiet_sessions")
  WHERE "status" = 'LIVE';

-- "Soonest" first: a day's sessions in page order (start, then offer), read from the index as far
-- as a page needs, without fetching or sorting all of that day's sessions (~15 000 on a Sunday at
-- 100 000 offers). Weekly sessions by day of the week, one-offs by date.
CREATE INDEX "offer_schedule_weekly_start_idx" ON "offer_schedule" ("day_of_week", "start_minute", "offer_id")
  INCLUDE ("id", "valid_from", "valid_to")
  WHERE "kind" = 'WEEKLY';
CREATE INDEX "offer_schedule_one_off_start_idx" ON "offer_schedule" ("date", "start_minute", "offer_id")
  INCLUDE ("id")
  WHERE "kind" = 'ONE_OFF';

-- "Nearest": the venues nearest a place, read nearest first from a GiST index on their positions
-- (cube's <-> distance on earthdistance points) instead of working out every venue's distance.
CREATE INDEX "venue_earth_idx" ON "venue" USING gist (ll_to_earth("latitude", "longitude"))
  WHERE "status" = 'APPROVED' AND "latitude" IS NOT NULL AND "longitude" IS NOT NULL;
