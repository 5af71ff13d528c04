-- AlterTable
ALTER TABLE "photo" ADD COLUMN     "unreferenced_since" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "photo_unreferenced_since_idx" ON "photo"("unreferenced_since");
