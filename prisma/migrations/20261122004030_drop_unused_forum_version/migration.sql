-- AlterTable
ALTER TABLE "forum" DROP COLUMN "version";
