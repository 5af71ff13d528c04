-- An offer page shows how many young people said how it was: the published reactions. So a
-- reaction published or taken back (or a published one deleted) changes what a cached page shows
-- and bumps the content version; a new reaction waiting for moderation, or a suggestion, does not.
CREATE CONSTRAINT TRIGGER "feedback_published_content_version"
  AFTER UPDATE ON "feedback" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."status" = 'PUBLISHED') IS DISTINCT FROM (NEW."status" = 'PUBLISHED'))
  EXECUTE FUNCTION "bump_content_version"();

CREATE CONSTRAINT TRIGGER "feedback_published_deleted_content_version"
  AFTER DELETE ON "feedback" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."status" = 'PUBLISHED')
  EXECUTE FUNCTION "bump_content_version"();
