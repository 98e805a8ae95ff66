-- AlterTable
ALTER TABLE "forum_occurrence" ADD COLUMN     "host_confirmed_agency_id" TEXT,
ADD COLUMN     "host_confirmed_at" TIMESTAMP(3),
ADD COLUMN     "host_confirmed_by" TEXT;

-- AlterTable
ALTER TABLE "local_article" ADD COLUMN     "owner" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "reviewed_by" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);
