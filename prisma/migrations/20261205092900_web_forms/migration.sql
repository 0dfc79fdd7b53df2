-- CreateTable
CREATE TABLE "WebForm" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "campaignId" UUID,
    "teamId" UUID,
    "language" "Locale" NOT NULL,
    "fields" JSONB NOT NULL,
    "consents" JSONB NOT NULL,
    "thankYouText" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebFormOptIn" (
    "id" UUID NOT NULL,
    "formId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "purposes" "ConsentPurpose"[],
    "tokenHash" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebFormOptIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebForm_slug_key" ON "WebForm"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "WebFormOptIn_tokenHash_key" ON "WebFormOptIn"("tokenHash");

-- CreateIndex
CREATE INDEX "WebFormOptIn_customerId_idx" ON "WebFormOptIn"("customerId");

-- CreateIndex
CREATE INDEX "WebFormOptIn_expiresAt_idx" ON "WebFormOptIn"("expiresAt");

-- AddForeignKey
ALTER TABLE "WebForm" ADD CONSTRAINT "WebForm_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebForm" ADD CONSTRAINT "WebForm_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebForm" ADD CONSTRAINT "WebForm_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebFormOptIn" ADD CONSTRAINT "WebFormOptIn_formId_fkey" FOREIGN KEY ("formId") REFERENCES "WebForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebFormOptIn" ADD CONSTRAINT "WebFormOptIn_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
