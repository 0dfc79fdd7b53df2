-- CreateIndex
CREATE INDEX "Lead_planned_follow_up_idx" ON "Lead"("nextFollowUpAt", "ownerId") WHERE (stage = ANY (ARRAY['CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Order_open_delivery_idx" ON "Order"("milestone", "promisedDeliveryAt", "expectedDeliveryAt", "customerId") WHERE (milestone <> ALL (ARRAY['DELIVERED'::"OrderMilestone", 'CANCELLED'::"OrderMilestone"]));
