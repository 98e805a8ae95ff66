-- CreateTable
CREATE TABLE "forum" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel_id" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/London',
    "start_time" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "cadence" JSONB NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT,
    "nation" TEXT NOT NULL DEFAULT 'england_wales',
    "holiday_rule" TEXT NOT NULL DEFAULT 'move_next_working_day',
    "venue_rule" TEXT,
    "horizon" INTEGER NOT NULL DEFAULT 3,
    "host_reminder_days" INTEGER NOT NULL DEFAULT 14,
    "member_reminder_days" INTEGER NOT NULL DEFAULT 2,
    "created_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_agency" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "forum_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "contacts" TEXT[],
    "can_host" BOOLEAN NOT NULL DEFAULT true,
    "venue" TEXT,
    "nation" TEXT,
    "blackout_dates" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hosting_event" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "forum_id" TEXT NOT NULL,
    "occurrence_date" TEXT NOT NULL,
    "agency_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "by_user_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hosting_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_occurrence" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "forum_id" TEXT NOT NULL,
    "original_date" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "holiday_flag" TEXT,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "host_agency_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "venue" TEXT,
    "agenda_url" TEXT,
    "notes_url" TEXT,
    "status" TEXT NOT NULL DEFAULT 'confirmed',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "forum_occurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_rsvp" (
    "occurrence_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "forum_rsvp_pkey" PRIMARY KEY ("occurrence_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "forum_workspace_id_name_key" ON "forum"("workspace_id", "name");

-- CreateIndex
CREATE INDEX "forum_agency_workspace_id_idx" ON "forum_agency"("workspace_id");

-- CreateIndex
CREATE UNIQUE INDEX "forum_agency_forum_id_name_key" ON "forum_agency"("forum_id", "name");

-- CreateIndex
CREATE INDEX "hosting_event_forum_id_created_at_idx" ON "hosting_event"("forum_id", "created_at");

-- CreateIndex
CREATE INDEX "forum_occurrence_workspace_id_starts_at_idx" ON "forum_occurrence"("workspace_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "forum_occurrence_forum_id_original_date_key" ON "forum_occurrence"("forum_id", "original_date");

-- CreateIndex
CREATE INDEX "forum_rsvp_workspace_id_user_id_idx" ON "forum_rsvp"("workspace_id", "user_id");

-- AddForeignKey
ALTER TABLE "forum" ADD CONSTRAINT "forum_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_agency" ADD CONSTRAINT "forum_agency_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hosting_event" ADD CONSTRAINT "hosting_event_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_occurrence" ADD CONSTRAINT "forum_occurrence_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_rsvp" ADD CONSTRAINT "forum_rsvp_occurrence_id_fkey" FOREIGN KEY ("occurrence_id") REFERENCES "forum_occurrence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
