-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "lostReasonId" UUID;

-- CreateTable
CREATE TABLE "LostReason" (
    "id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LostReason_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LostReason_active_position_idx" ON "LostReason"("active", "position");

-- CreateIndex
CREATE INDEX "Lead_board_column_idx" ON "Lead"("stage", "lastActivityAt" DESC, "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_board_sum_idx" ON "Lead"("stage", "valueMinor") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_lostReasonId_idx" ON "Lead"("lostReasonId");

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_lostReasonId_fkey" FOREIGN KEY ("lostReasonId") REFERENCES "LostReason"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A starting list, so the Lost dialog has choices on a new install; managers rename, reorder and
-- switch them off in Settings → Lost reasons. Fixed ids: the demo seed links its lost leads to them
-- (prisma/seed/lost-reasons.ts). Stored in the default install language (English).
INSERT INTO "LostReason" ("id", "label", "position") VALUES
  ('0a7e5d10-1c1b-4f39-9a0e-000000000001', 'Chose another dealer', 1),
  ('0a7e5d10-1c1b-4f39-9a0e-000000000002', 'Price too high', 2),
  ('0a7e5d10-1c1b-4f39-9a0e-000000000003', 'Delivery time too long', 3),
  ('0a7e5d10-1c1b-4f39-9a0e-000000000004', 'Postponed the purchase', 4),
  ('0a7e5d10-1c1b-4f39-9a0e-000000000005', 'Financing not approved', 5),
  ('0a7e5d10-1c1b-4f39-9a0e-000000000006', 'Did not respond to follow-up', 6),
  ('0a7e5d10-1c1b-4f39-9a0e-000000000007', 'Other', 7);
