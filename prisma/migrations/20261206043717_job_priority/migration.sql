-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "priority" SMALLINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Job_live_priority_runAt_idx" ON "Job"("priority" DESC, "runAt") WHERE (state = ANY (ARRAY['PENDING'::"JobState", 'RUNNING'::"JobState"]));
