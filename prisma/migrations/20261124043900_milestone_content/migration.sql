-- CreateTable
CREATE TABLE "MilestoneContent" (
    "id" UUID NOT NULL,
    "category" "ProductCategory" NOT NULL,
    "milestone" "OrderMilestone" NOT NULL,
    "locale" "Locale" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "linkUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MilestoneContent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MilestoneContent_category_milestone_locale_position_idx" ON "MilestoneContent"("category", "milestone", "locale", "position");
