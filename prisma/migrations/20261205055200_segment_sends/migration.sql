-- CreateEnum
CREATE TYPE "SegmentSendState" AS ENUM ('RUNNING', 'PAUSED', 'DONE', 'CANCELLED');

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "segmentSendId" UUID,
ADD COLUMN     "unsubscribedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "SegmentSend" (
    "id" UUID NOT NULL,
    "segmentId" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "startedById" UUID NOT NULL,
    "state" "SegmentSendState" NOT NULL DEFAULT 'RUNNING',
    "cursor" UUID,
    "filters" JSONB NOT NULL,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "skippedNoConsent" INTEGER NOT NULL DEFAULT 0,
    "skippedNoAddress" INTEGER NOT NULL DEFAULT 0,
    "skippedMissingValue" INTEGER NOT NULL DEFAULT 0,
    "skippedErased" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SegmentSend_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SegmentSend_segmentId_startedAt_idx" ON "SegmentSend"("segmentId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Message_segmentSendId_status_idx" ON "Message"("segmentSendId", "status");

-- AddForeignKey
ALTER TABLE "SegmentSend" ADD CONSTRAINT "SegmentSend_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SegmentSend" ADD CONSTRAINT "SegmentSend_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "MessageTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SegmentSend" ADD CONSTRAINT "SegmentSend_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_segmentSendId_fkey" FOREIGN KEY ("segmentSendId") REFERENCES "SegmentSend"("id") ON DELETE SET NULL ON UPDATE CASCADE;
