-- CreateIndex
CREATE INDEX "Customer_createdAt_id_idx" ON "Customer"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Customer_loyaltyPoints_id_idx" ON "Customer"("loyaltyPoints" DESC, "id");

-- CreateIndex
CREATE INDEX "Customer_teamId_lastActivityAt_id_idx" ON "Customer"("teamId", "lastActivityAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Customer_teamId_name_id_idx" ON "Customer"("teamId", "name", "id");

-- CreateIndex
CREATE INDEX "Customer_teamId_createdAt_id_idx" ON "Customer"("teamId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Customer_teamId_loyaltyPoints_id_idx" ON "Customer"("teamId", "loyaltyPoints" DESC, "id");
