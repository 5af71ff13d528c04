-- AlterTable
ALTER TABLE "outreach_task" ADD COLUMN     "closed_at" TIMESTAMP(3),
ADD COLUMN     "closed_by_id" TEXT,
ADD COLUMN     "outcome" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "you_said_we_did_id" TEXT;

-- AlterTable
ALTER TABLE "you_said_we_did" ADD COLUMN     "district_id" TEXT,
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "you_said_we_did_district_id_published_at_idx" ON "you_said_we_did"("district_id", "published_at");

-- AddForeignKey
ALTER TABLE "you_said_we_did" ADD CONSTRAINT "you_said_we_did_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_task" ADD CONSTRAINT "outreach_task_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_task" ADD CONSTRAINT "outreach_task_you_said_we_did_id_fkey" FOREIGN KEY ("you_said_we_did_id") REFERENCES "you_said_we_did"("id") ON DELETE SET NULL ON UPDATE CASCADE;
