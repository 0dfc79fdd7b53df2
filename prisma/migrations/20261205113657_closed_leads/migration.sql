-- The Closed view sorts by when a lead closed. Every write that closes a lead sets closedAt; a
-- closed lead without one (written before that rule) closed when its stage last changed.
UPDATE "Lead" SET "closedAt" = "stageChangedAt" WHERE stage IN ('WON', 'LOST') AND "closedAt" IS NULL;

-- CreateIndex
CREATE INDEX "Lead_closed_idx" ON "Lead"("closedAt" DESC, "id") WHERE (stage = ANY (ARRAY['WON'::"LeadStage", 'LOST'::"LeadStage"]));
