-- CreateIndex
CREATE INDEX "Lead_open_worklist_idx" ON "Lead"("slaDueAt", "nextFollowUpAt", "score" DESC, "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_open_waiting_idx" ON "Lead"("waitingSince", "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_open_score_idx" ON "Lead"("score" DESC, "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_open_activity_idx" ON "Lead"("lastActivityAt" DESC, "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_open_created_idx" ON "Lead"("createdAt" DESC, "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_updatedAt_idx" ON "Lead"("updatedAt");
