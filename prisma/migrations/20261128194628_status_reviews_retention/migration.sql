-- AlterTable
ALTER TABLE "city" ADD COLUMN     "data_controller" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "privacy_contact" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "youth_voice_retention_months" INTEGER NOT NULL DEFAULT 12;

-- AlterTable
ALTER TABLE "feedback" ADD COLUMN     "redacted_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "decision_reason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pending_profile" JSONB,
ADD COLUMN     "profile_submitted_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "redacted_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "venue" ADD COLUMN     "changes_submitted_at" TIMESTAMP(3),
ADD COLUMN     "decision_reason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pending_changes" JSONB;
