-- CreateTable
CREATE TABLE "scheduled_post" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lease_owner" TEXT,
    "lease_until" TIMESTAMP(3),
    "sent_at" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "external_id" TEXT,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "scheduled_post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scheduled_post_status_due_at_idx" ON "scheduled_post"("status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "scheduled_post_workspace_id_key_key" ON "scheduled_post"("workspace_id", "key");

-- AddForeignKey
ALTER TABLE "scheduled_post" ADD CONSTRAINT "scheduled_post_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
