-- AlterTable
ALTER TABLE "offer" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- Partners' translations are searchable too. Their words go in with the `simple` configuration
-- (no English stemming or stop words, which would mangle Urdu, Bengali, Arabic and Polish), at
-- the weights of the fields they translate; searches match either configuration (search-sql.ts).
CREATE OR REPLACE FUNCTION offer_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search :=
    setweight(to_tsvector('english', unaccent(coalesce(NEW.title, ''))), 'A') ||
    setweight(to_tsvector('english', unaccent(coalesce(NEW.summary, ''))), 'B') ||
    setweight(to_tsvector('english', unaccent(coalesce(NEW.description, ''))), 'C') ||
    setweight(to_tsvector('simple', unaccent(coalesce(
      (SELECT string_agg(t.value ->> 'title', ' ') FROM jsonb_each(coalesce(NEW.translations, '{}'::jsonb)) t), ''))), 'A') ||
    setweight(to_tsvector('simple', unaccent(coalesce(
      (SELECT string_agg(concat_ws(' ', t.value ->> 'summary', t.value ->> 'takeUpNotes'), ' ')
         FROM jsonb_each(coalesce(NEW.translations, '{}'::jsonb)) t), ''))), 'B');
  RETURN NEW;
END
$$;

DROP TRIGGER offer_search_refresh ON "offer";
CREATE TRIGGER offer_search_refresh
  BEFORE INSERT OR UPDATE OF title, summary, description, translations ON "offer"
  FOR EACH ROW EXECUTE FUNCTION offer_search_refresh();
