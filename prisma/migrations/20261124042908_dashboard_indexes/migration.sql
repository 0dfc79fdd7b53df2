-- CreateIndex
CREATE INDEX "FollowUp_progress_idx" ON "FollowUp"("createdAt", "leadId", "outcome") WHERE (outcome = ANY (ARRAY['PROPOSAL_SENT'::"FollowUpOutcome", 'MEETING_BOOKED'::"FollowUpOutcome"]));

-- CreateIndex
CREATE INDEX "Touchpoint_inbound_lead_idx" ON "Touchpoint"("leadId", "occurredAt", "channel", "owner") WHERE (direction = 'INBOUND'::"Direction");
