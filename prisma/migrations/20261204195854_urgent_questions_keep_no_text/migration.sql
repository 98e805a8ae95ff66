-- AlterTable
ALTER TABLE "guidance_question" ADD COLUMN     "urgency" TEXT;
