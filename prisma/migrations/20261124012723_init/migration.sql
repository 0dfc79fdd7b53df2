-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MANAGER', 'SALES', 'CUSTOMER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('nb', 'da', 'en');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('NOK', 'DKK', 'EUR');

-- CreateEnum
CREATE TYPE "JourneyStage" AS ENUM ('NEED', 'RESEARCH', 'PURCHASE', 'DELIVERY', 'USE', 'LOYALTY');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEB', 'MOBILE', 'CHAT', 'PHONE', 'EMAIL', 'SMS', 'STORE', 'EVENT', 'SOCIAL', 'REVIEW', 'PARTNER', 'CAMPAIGN');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "Phase" AS ENUM ('BEFORE', 'DURING', 'AFTER');

-- CreateEnum
CREATE TYPE "TouchpointOwner" AS ENUM ('BRAND', 'PARTNER', 'CUSTOMER', 'SOCIAL');

-- CreateEnum
CREATE TYPE "TouchpointKind" AS ENUM ('PAGE_VIEW', 'PRICE_CHECK', 'BROCHURE_DOWNLOAD', 'NEWSLETTER_CLICK', 'CHAT_MESSAGE', 'CALLBACK_REQUEST', 'FORM_SUBMISSION', 'APPOINTMENT_REQUEST', 'STORE_VISIT', 'EVENT_VISIT', 'CALL', 'EMAIL', 'SMS', 'MEETING', 'REVIEW', 'SOCIAL_MENTION', 'PARTNER_REFERRAL', 'ORDER_PLACED', 'ORDER_UPDATE', 'ORDER_QUESTION', 'DELIVERY', 'SERVICE_VISIT', 'LOYALTY_REWARD');

-- CreateEnum
CREATE TYPE "LeadStage" AS ENUM ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "Readiness" AS ENUM ('HOT', 'WARM', 'SLOW');

-- CreateEnum
CREATE TYPE "FollowUpType" AS ENUM ('CALL', 'EMAIL', 'CHAT', 'MEETING', 'SMS');

-- CreateEnum
CREATE TYPE "FollowUpOutcome" AS ENUM ('REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'MEETING_BOOKED', 'PROPOSAL_SENT', 'NOT_INTERESTED', 'CALL_BACK_LATER');

-- CreateEnum
CREATE TYPE "ProductCategory" AS ENUM ('CAR', 'KITCHEN', 'BATHROOM', 'BUILDING_MATERIALS', 'TOOLS', 'GARDEN');

-- CreateEnum
CREATE TYPE "OrderMilestone" AS ENUM ('PLACED', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Fulfilment" AS ENUM ('HOME_DELIVERY', 'SHIP_TO_STORE', 'PICKUP');

-- CreateEnum
CREATE TYPE "OrderEventKind" AS ENUM ('MILESTONE', 'DATE_CHANGE');

-- CreateEnum
CREATE TYPE "LoyaltyTier" AS ENUM ('BASIC', 'SILVER', 'GOLD', 'PLATINUM');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('MARKETING_EMAIL', 'SMS', 'PROFILING');

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Oslo',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "teamId" UUID,
    "customerId" UUID,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "city" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'nb',
    "currency" "Currency" NOT NULL DEFAULT 'NOK',
    "teamId" UUID,
    "ownerId" UUID,
    "journeyStage" "JourneyStage" NOT NULL DEFAULT 'NEED',
    "loyaltyTier" "LoyaltyTier" NOT NULL DEFAULT 'BASIC',
    "loyaltyPoints" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" TIMESTAMPTZ(3),
    "erasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Touchpoint" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "leadId" UUID,
    "orderId" UUID,
    "campaignId" UUID,
    "actorId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "channel" "Channel" NOT NULL,
    "direction" "Direction" NOT NULL,
    "phase" "Phase" NOT NULL,
    "owner" "TouchpointOwner" NOT NULL,
    "kind" "TouchpointKind" NOT NULL,
    "stage" "JourneyStage" NOT NULL,
    "topic" TEXT,
    "summary" TEXT NOT NULL,
    "externalId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Touchpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "ownerId" UUID,
    "campaignId" UUID,
    "interest" TEXT NOT NULL,
    "category" "ProductCategory" NOT NULL,
    "sourceChannel" "Channel" NOT NULL,
    "stage" "LeadStage" NOT NULL DEFAULT 'NEW',
    "lostReason" TEXT,
    "valueMinor" INTEGER NOT NULL DEFAULT 0,
    "score" INTEGER NOT NULL DEFAULT 0,
    "readiness" "Readiness" NOT NULL DEFAULT 'WARM',
    "waitingSince" TIMESTAMPTZ(3),
    "slaDueAt" TIMESTAMPTZ(3),
    "firstResponseAt" TIMESTAMPTZ(3),
    "firstResponseMinutes" INTEGER,
    "nextFollowUpAt" TIMESTAMPTZ(3),
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stageChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "leadId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "touchpointId" UUID,
    "type" "FollowUpType" NOT NULL,
    "outcome" "FollowUpOutcome" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "nextStep" TEXT,
    "nextFollowUpAt" TIMESTAMPTZ(3),
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "leadId" UUID,
    "product" TEXT NOT NULL,
    "category" "ProductCategory" NOT NULL,
    "totalMinor" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL DEFAULT 'NOK',
    "milestone" "OrderMilestone" NOT NULL DEFAULT 'PLACED',
    "fulfilment" "Fulfilment" NOT NULL DEFAULT 'HOME_DELIVERY',
    "promisedDeliveryAt" TIMESTAMPTZ(3),
    "expectedDeliveryAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "internalNote" TEXT,
    "marginMinor" INTEGER,
    "placedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "kind" "OrderEventKind" NOT NULL,
    "milestone" "OrderMilestone",
    "fromDate" TIMESTAMPTZ(3),
    "toDate" TIMESTAMPTZ(3),
    "reason" TEXT,
    "actorId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoyaltyEntry" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "orderId" UUID,
    "points" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoyaltyEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "customerId" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("customerId","purpose")
);

-- CreateTable
CREATE TABLE "ConsentEvent" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_name_key" ON "Team"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_customerId_key" ON "User"("customerId");

-- CreateIndex
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");

-- CreateIndex
CREATE INDEX "Customer_email_idx" ON "Customer"("email");

-- CreateIndex
CREATE INDEX "Customer_phone_idx" ON "Customer"("phone");

-- CreateIndex
CREATE INDEX "Customer_ownerId_lastActivityAt_idx" ON "Customer"("ownerId", "lastActivityAt" DESC);

-- CreateIndex
CREATE INDEX "Customer_lastActivityAt_id_idx" ON "Customer"("lastActivityAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Customer_name_id_idx" ON "Customer"("name", "id");

-- CreateIndex
CREATE INDEX "Customer_loyaltyTier_idx" ON "Customer"("loyaltyTier");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_name_key" ON "Campaign"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Touchpoint_externalId_key" ON "Touchpoint"("externalId");

-- CreateIndex
CREATE INDEX "Touchpoint_customerId_occurredAt_idx" ON "Touchpoint"("customerId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Touchpoint_leadId_occurredAt_idx" ON "Touchpoint"("leadId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Touchpoint_orderId_occurredAt_idx" ON "Touchpoint"("orderId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Touchpoint_occurredAt_idx" ON "Touchpoint"("occurredAt");

-- CreateIndex
CREATE INDEX "Touchpoint_campaignId_idx" ON "Touchpoint"("campaignId");

-- CreateIndex
CREATE INDEX "Lead_stage_slaDueAt_nextFollowUpAt_score_idx" ON "Lead"("stage", "slaDueAt", "nextFollowUpAt", "score" DESC);

-- CreateIndex
CREATE INDEX "Lead_ownerId_stage_slaDueAt_nextFollowUpAt_idx" ON "Lead"("ownerId", "stage", "slaDueAt", "nextFollowUpAt");

-- CreateIndex
CREATE INDEX "Lead_customerId_createdAt_idx" ON "Lead"("customerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Lead_createdAt_idx" ON "Lead"("createdAt");

-- CreateIndex
CREATE INDEX "Lead_campaignId_idx" ON "Lead"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_touchpointId_key" ON "FollowUp"("touchpointId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_idempotencyKey_key" ON "FollowUp"("idempotencyKey");

-- CreateIndex
CREATE INDEX "FollowUp_leadId_createdAt_idx" ON "FollowUp"("leadId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "FollowUp_authorId_createdAt_idx" ON "FollowUp"("authorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");

-- CreateIndex
CREATE INDEX "Order_customerId_placedAt_idx" ON "Order"("customerId", "placedAt" DESC);

-- CreateIndex
CREATE INDEX "Order_milestone_expectedDeliveryAt_idx" ON "Order"("milestone", "expectedDeliveryAt");

-- CreateIndex
CREATE INDEX "Order_placedAt_idx" ON "Order"("placedAt");

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_occurredAt_idx" ON "OrderEvent"("orderId", "occurredAt");

-- CreateIndex
CREATE INDEX "LoyaltyEntry_customerId_occurredAt_idx" ON "LoyaltyEntry"("customerId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Consent_purpose_granted_idx" ON "Consent"("purpose", "granted");

-- CreateIndex
CREATE INDEX "ConsentEvent_customerId_occurredAt_idx" ON "ConsentEvent"("customerId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_touchpointId_fkey" FOREIGN KEY ("touchpointId") REFERENCES "Touchpoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoyaltyEntry" ADD CONSTRAINT "LoyaltyEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoyaltyEntry" ADD CONSTRAINT "LoyaltyEntry_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentEvent" ADD CONSTRAINT "ConsentEvent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentEvent" ADD CONSTRAINT "ConsentEvent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
