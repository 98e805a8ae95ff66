-- AlterTable
ALTER TABLE "survey_run" ADD COLUMN     "results_release" TEXT;

-- CreateTable
CREATE TABLE "survey_release" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "released_at" TIMESTAMP(3) NOT NULL,
    "response_count" INTEGER NOT NULL,
    "final" BOOLEAN NOT NULL DEFAULT false,
    "state" JSONB NOT NULL,
    "results" JSONB NOT NULL,

    CONSTRAINT "survey_release_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "survey_release_run_id_seq_key" ON "survey_release"("run_id", "seq");

-- AddForeignKey
ALTER TABLE "survey_release" ADD CONSTRAINT "survey_release_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "survey_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
