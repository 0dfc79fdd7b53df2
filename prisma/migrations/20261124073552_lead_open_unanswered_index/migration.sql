-- CreateIndex
CREATE INDEX "Lead_open_unanswered_idx" ON "Lead"("slaDueAt", "createdAt", "ownerId", "sourceChannel") WHERE ((stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"])) AND ("firstResponseMinutes" IS NULL));
