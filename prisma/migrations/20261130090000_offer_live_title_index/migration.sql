-- Live offers' titles by id, in a narrow partial index: the district page sorts a district's
-- offers (~38 000 of 100 000 in Ladywood) by title within each kind of activity, and reads
-- their titles from this index (index-only) instead of the wide offer rows (descriptions, search
-- document: ~175 MB at 100 000 offers). Not in schema.prisma: Prisma's schema cannot express a
-- partial index with INCLUDE, and its diff leaves such indexes alone (as offer_live_filters_idx).
CREATE INDEX "offer_live_title_idx" ON "offer" ("id") INCLUDE ("title") WHERE "status" = 'LIVE';
