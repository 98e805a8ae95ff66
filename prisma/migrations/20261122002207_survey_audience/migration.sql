-- AlterTable
ALTER TABLE "survey_run" ADD COLUMN     "audience_user_ids" TEXT[] DEFAULT ARRAY[]::TEXT[];
