-- DropIndex
DROP INDEX "hosting_event_forum_id_created_at_idx";

-- AlterTable
ALTER TABLE "hosting_event" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "hosting_event_forum_id_seq_idx" ON "hosting_event"("forum_id", "seq");
