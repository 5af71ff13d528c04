-- What the portal shows publicly, as one number that changes whenever any of it changes. Each
-- portal instance reads it (at most once a second) and keys its cached page data by it, so an
-- approval, a suspension, an expiry, a taxonomy edit, a "You said, we did" edit or a photo
-- takedown reaches every instance within a second or two, whichever process made the change (the
-- admin, the worker's jobs, a seed). Triggers rather than calls in the domain code: no write path
-- can forget to bump it.
CREATE TABLE "content_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 1,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "content_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "content_version_one_row" CHECK ("id")
);

INSERT INTO "content_version" DEFAULT VALUES;

-- Once per transaction, at its commit (the triggers below are deferred): the one row is locked
-- last and only for the moment of the commit, so two moderators' transactions cannot deadlock on
-- it, and a bulk import of thousands of rows bumps it once. An upsert, so a database whose tables
-- were emptied by a test still counts.
CREATE FUNCTION "bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('free_city.content_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    INSERT INTO "content_version" ("id", "version", "changed_at") VALUES (true, 1, clock_timestamp())
      ON CONFLICT ("id") DO UPDATE SET "version" = "content_version"."version" + 1, "changed_at" = clock_timestamp();
    PERFORM set_config('free_city.content_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;

-- Every table a public page reads. Not the counters (offer_daily_stat), feedback, reports or
-- anything staff-only: those never change what a cached page shows.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY[
    'city', 'district', 'postcode_area', 'school_holiday', 'category', 'organisation', 'venue',
    'offer', 'offer_category', 'offer_venue', 'offer_schedule', 'offer_cancellation', 'photo',
    'listing_photo', 'you_said_we_did', 'context_page'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_content_version"()',
      name || '_bumps_content_version', name
    );
  END LOOP;
END
$$;
