-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "scoredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT '1970-01-01 00:00:00+00'::timestamp with time zone;

-- CreateIndex
CREATE INDEX "Lead_open_scored_idx" ON "Lead"("scoredAt", "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));
