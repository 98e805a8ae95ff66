-- CreateTable
CREATE TABLE "workspace_notice" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMP(3),
    "delivered_to" TEXT,

    CONSTRAINT "workspace_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workspace_notice_workspace_id_delivered_at_idx" ON "workspace_notice"("workspace_id", "delivered_at");

-- CreateIndex
CREATE UNIQUE INDEX "workspace_notice_workspace_id_key_key" ON "workspace_notice"("workspace_id", "key");

-- AddForeignKey
ALTER TABLE "workspace_notice" ADD CONSTRAINT "workspace_notice_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Workspaces recorded before their platform was known (the first event of a Slack workspace in
-- single-token mode was de-duplicated before anything named the platform) take the platform their
-- own rows show; posts cancelled as unroutable are not touched here.
UPDATE "workspace" SET "platform" = 'console' WHERE "platform" = 'unknown' AND "id" = 'local';
UPDATE "workspace" w SET "platform" = 'slack'
WHERE w."platform" = 'unknown'
  AND (EXISTS (SELECT 1 FROM "slack_installation" s WHERE s."workspace_id" = w."id")
    OR EXISTS (SELECT 1 FROM "processed_event" e WHERE e."workspace_id" = w."id" AND e."source" = 'slack'));
UPDATE "workspace" w SET "platform" = 'teams'
WHERE w."platform" = 'unknown'
  AND (EXISTS (SELECT 1 FROM "conversation_reference" c WHERE c."workspace_id" = w."id")
    OR EXISTS (SELECT 1 FROM "processed_event" e WHERE e."workspace_id" = w."id" AND e."source" = 'teams'));
