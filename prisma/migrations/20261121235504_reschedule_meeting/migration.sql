-- AlterTable
ALTER TABLE "forum_occurrence" ADD COLUMN     "moved_to_date" TEXT,
ADD COLUMN     "moved_to_time" TEXT;
