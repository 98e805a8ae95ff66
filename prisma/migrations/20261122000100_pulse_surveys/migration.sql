-- CreateTable
CREATE TABLE "survey_template" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "questions" JSONB NOT NULL,
    "created_by" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_run" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "template_key" TEXT NOT NULL,
    "template" JSONB NOT NULL,
    "channel_id" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT true,
    "opens_at" TIMESTAMP(3) NOT NULL,
    "closes_at" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "audience_size" INTEGER,
    "recurrence" TEXT NOT NULL DEFAULT 'none',
    "created_by" TEXT,
    "closed_at" TIMESTAMP(3),
    "summary" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_response" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "respondent_key" TEXT NOT NULL,
    "user_id" TEXT,
    "sector" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "respondent_profile" (
    "workspace_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "respondent_profile_pkey" PRIMARY KEY ("workspace_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "survey_template_workspace_id_key_key" ON "survey_template"("workspace_id", "key");

-- CreateIndex
CREATE INDEX "survey_run_workspace_id_template_key_closes_at_idx" ON "survey_run"("workspace_id", "template_key", "closes_at");

-- CreateIndex
CREATE INDEX "survey_response_expires_at_idx" ON "survey_response"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "survey_response_run_id_respondent_key_key" ON "survey_response"("run_id", "respondent_key");

-- AddForeignKey
ALTER TABLE "survey_template" ADD CONSTRAINT "survey_template_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_run" ADD CONSTRAINT "survey_run_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "survey_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
