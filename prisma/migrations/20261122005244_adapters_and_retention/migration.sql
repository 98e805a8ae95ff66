-- AlterTable
ALTER TABLE "forum_occurrence" ADD COLUMN     "rsvp_counts" JSONB;

-- AlterTable
ALTER TABLE "workspace" ADD COLUMN     "uninstalled_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "slack_installation" (
    "workspace_id" TEXT NOT NULL,
    "enterprise_id" TEXT,
    "team_id" TEXT,
    "is_enterprise_install" BOOLEAN NOT NULL DEFAULT false,
    "bot_user_id" TEXT,
    "token_expires_at" TIMESTAMP(3),
    "sealed" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "slack_installation_pkey" PRIMARY KEY ("workspace_id")
);

-- CreateTable
CREATE TABLE "dashboard_sign_in" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dashboard_sign_in_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dashboard_session" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dashboard_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "local_article" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_by" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "local_article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_reference" (
    "workspace_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "conversation_reference_pkey" PRIMARY KEY ("workspace_id","conversation_id")
);

-- CreateTable
CREATE TABLE "bot_state" (
    "key" TEXT NOT NULL,
    "e_tag" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bot_state_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "dashboard_sign_in_expires_at_idx" ON "dashboard_sign_in"("expires_at");

-- CreateIndex
CREATE INDEX "dashboard_session_expires_at_idx" ON "dashboard_session"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "local_article_workspace_id_slug_key" ON "local_article"("workspace_id", "slug");

-- AddForeignKey
ALTER TABLE "slack_installation" ADD CONSTRAINT "slack_installation_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dashboard_sign_in" ADD CONSTRAINT "dashboard_sign_in_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dashboard_session" ADD CONSTRAINT "dashboard_session_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_article" ADD CONSTRAINT "local_article_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_reference" ADD CONSTRAINT "conversation_reference_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
