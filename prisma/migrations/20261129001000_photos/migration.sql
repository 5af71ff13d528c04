-- CreateEnum
CREATE TYPE "PhotoPeople" AS ENUM ('NONE', 'CONSENTED');

-- AlterEnum
ALTER TYPE "ReportReason" ADD VALUE 'PHOTO';

-- CreateTable
CREATE TABLE "photo" (
    "id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "placeholder" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "variants" JSONB NOT NULL,
    "uploaded_by_id" TEXT,
    "taken_down_at" TIMESTAMP(3),
    "taken_down_by_id" TEXT,
    "takedown_reason" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listing_photo" (
    "id" TEXT NOT NULL,
    "photo_id" TEXT NOT NULL,
    "revision_id" TEXT,
    "venue_id" TEXT,
    "pending" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "alt_text" TEXT NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "is_cover" BOOLEAN NOT NULL DEFAULT false,
    "people" "PhotoPeople" NOT NULL,
    "rejected_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "listing_photo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "photo_hash_idx" ON "photo"("hash");

-- CreateIndex
CREATE INDEX "photo_organisation_id_created_at_idx" ON "photo"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "listing_photo_venue_id_pending_idx" ON "listing_photo"("venue_id", "pending");

-- CreateIndex
CREATE INDEX "listing_photo_photo_id_idx" ON "listing_photo"("photo_id");

-- CreateIndex
CREATE UNIQUE INDEX "listing_photo_revision_id_photo_id_key" ON "listing_photo"("revision_id", "photo_id");

-- AddForeignKey
ALTER TABLE "photo" ADD CONSTRAINT "photo_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo" ADD CONSTRAINT "photo_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo" ADD CONSTRAINT "photo_taken_down_by_id_fkey" FOREIGN KEY ("taken_down_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_photo" ADD CONSTRAINT "listing_photo_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "photo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_photo" ADD CONSTRAINT "listing_photo_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "offer_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_photo" ADD CONSTRAINT "listing_photo_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a listing photo belongs to exactly one listing (an offer's revision or a venue).
ALTER TABLE "listing_photo" ADD CONSTRAINT "listing_photo_one_listing" CHECK (num_nonnulls("revision_id", "venue_id") = 1);
