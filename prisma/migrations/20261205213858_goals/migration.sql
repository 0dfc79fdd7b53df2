-- AlterTable
ALTER TABLE "User" ADD COLUMN     "weeklyReport" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "weeklyReportWeek" DATE;

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "userId" UUID,
    "teamId" UUID,
    "answeredWithinSla" INTEGER,
    "wonDeals" INTEGER,
    "wonValue" INTEGER,
    "currency" "Currency" NOT NULL DEFAULT 'NOK',
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Goal_userId_idx" ON "Goal"("userId");

-- CreateIndex
CREATE INDEX "Goal_teamId_idx" ON "Goal"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_month_userId_key" ON "Goal"("month", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_month_teamId_key" ON "Goal"("month", "teamId");

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A goal is for one rep or one team, never both or neither.
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_one_owner" CHECK (("userId" IS NULL) <> ("teamId" IS NULL));
-- Targets are counts and amounts: never negative.
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_targets_nonnegative" CHECK (
  coalesce("answeredWithinSla", 0) >= 0 AND coalesce("wonDeals", 0) >= 0 AND coalesce("wonValue", 0) >= 0);
