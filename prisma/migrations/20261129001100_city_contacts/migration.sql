-- AlterTable
ALTER TABLE "city" ADD COLUMN     "contacts" JSONB NOT NULL DEFAULT '{}';
