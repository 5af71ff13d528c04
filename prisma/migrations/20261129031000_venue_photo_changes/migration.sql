-- A change to an approved venue's photos waits for review (the listing_photo rows with pending = true),
-- like a change to its details (pending_changes); this says there is one, even when it removes every photo.
ALTER TABLE "venue" ADD COLUMN "photo_changes_pending" BOOLEAN NOT NULL DEFAULT false;
