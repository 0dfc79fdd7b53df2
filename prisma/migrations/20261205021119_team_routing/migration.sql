-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "teamId" UUID;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "teamId" UUID;

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "teamId" UUID;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "awayUntil" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "TeamCategory" (
    "category" "ProductCategory" NOT NULL,
    "teamId" UUID NOT NULL,

    CONSTRAINT "TeamCategory_pkey" PRIMARY KEY ("category")
);

-- CreateIndex
CREATE INDEX "TeamCategory_teamId_idx" ON "TeamCategory"("teamId");

-- AddForeignKey
ALTER TABLE "TeamCategory" ADD CONSTRAINT "TeamCategory_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
