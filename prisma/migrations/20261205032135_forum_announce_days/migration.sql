-- AlterTable
ALTER TABLE "forum" ADD COLUMN     "announce_days" INTEGER NOT NULL DEFAULT 28;
