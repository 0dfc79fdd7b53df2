-- CreateEnum
CREATE TYPE "AutomationTrigger" AS ENUM ('SIGNAL', 'ORDER_MILESTONE', 'AFTER_DELIVERY', 'LEAD_IDLE', 'SCORE_RISE');

-- CreateEnum
CREATE TYPE "AutomationRunState" AS ENUM ('WAITING', 'DONE', 'STOPPED', 'FAILED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'AUTOMATION';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TouchpointKind" ADD VALUE 'CART_ABANDONED';
ALTER TYPE "TouchpointKind" ADD VALUE 'AUTOMATION';

-- CreateTable
CREATE TABLE "AutomationRule" (
    "id" UUID NOT NULL,
    "key" TEXT,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "trigger" "AutomationTrigger" NOT NULL,
    "triggerParams" JSONB NOT NULL DEFAULT '{}',
    "conditions" JSONB NOT NULL DEFAULT '{}',
    "actions" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AutomationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutomationRun" (
    "id" UUID NOT NULL,
    "ruleId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "leadId" UUID,
    "occurrence" TEXT NOT NULL,
    "touchpointId" UUID,
    "state" "AutomationRunState" NOT NULL DEFAULT 'WAITING',
    "triggeredAt" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "result" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AutomationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AutomationRule_key_key" ON "AutomationRule"("key");

-- CreateIndex
CREATE INDEX "AutomationRule_enabled_trigger_idx" ON "AutomationRule"("enabled", "trigger");

-- CreateIndex
CREATE INDEX "AutomationRun_ruleId_createdAt_idx" ON "AutomationRun"("ruleId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AutomationRun_customerId_state_idx" ON "AutomationRun"("customerId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "AutomationRun_ruleId_customerId_occurrence_key" ON "AutomationRun"("ruleId", "customerId", "occurrence");

-- CreateIndex
CREATE INDEX "Order_deliveredAt_idx" ON "Order"("deliveredAt");

-- AddForeignKey
ALTER TABLE "AutomationRule" ADD CONSTRAINT "AutomationRule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutomationRun" ADD CONSTRAINT "AutomationRun_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AutomationRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutomationRun" ADD CONSTRAINT "AutomationRun_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The three shipped journey automations, switched off, with their e-mail templates in nb, da and en
-- (issue 16). Each exists once: a re-run of this file on a database that has them adds nothing.
INSERT INTO "MessageTemplate" (id, name, channel, purpose, stage, locale, subject, body, "createdAt", "updatedAt") VALUES
  (gen_random_uuid(), 'Abandoned cart reminder', 'EMAIL', 'MARKETING', NULL, 'nb',
   'Du har noe i handlekurven',
   E'Hei {{firstName}},\n\ndu la noe i handlekurven hos oss, men fullførte ikke bestillingen. Varene ligger der fortsatt. Har du spørsmål før du bestemmer deg, svar gjerne på denne e-posten, så hjelper vi deg.\n\nVennlig hilsen oss i butikken',
   now(), now()),
  (gen_random_uuid(), 'Abandoned cart reminder', 'EMAIL', 'MARKETING', NULL, 'da',
   'Du har noget i indkøbskurven',
   E'Hej {{firstName}},\n\ndu lagde noget i indkøbskurven hos os, men gennemførte ikke bestillingen. Varerne ligger der stadig. Har du spørgsmål, før du beslutter dig, så svar gerne på denne e-mail, så hjælper vi dig.\n\nVenlig hilsen os i butikken',
   now(), now()),
  (gen_random_uuid(), 'Abandoned cart reminder', 'EMAIL', 'MARKETING', NULL, 'en',
   'You left something in your cart',
   E'Hi {{firstName}},\n\nyou put something in your cart with us but did not finish the order. It is still there. If you have a question before you decide, just reply to this e-mail and we will help.\n\nKind regards, the store',
   now(), now()),
  (gen_random_uuid(), 'Care check-in', 'EMAIL', 'CARE', NULL, 'nb',
   'Hvordan går det med det du kjøpte?',
   E'Hei {{firstName}},\n\ndet er to uker siden vi leverte. Vi vil gjerne høre hvordan det fungerer. Er det noe som ikke er som det skal, eller lurer du på noe om bruk og vedlikehold, svar på denne e-posten.\n\nVennlig hilsen oss i butikken',
   now(), now()),
  (gen_random_uuid(), 'Care check-in', 'EMAIL', 'CARE', NULL, 'da',
   'Hvordan går det med det, du købte?',
   E'Hej {{firstName}},\n\nder er gået to uger, siden vi leverede. Vi vil gerne høre, hvordan det fungerer. Er der noget, der ikke er, som det skal være, eller undrer du dig over noget om brug og vedligeholdelse, så svar på denne e-mail.\n\nVenlig hilsen os i butikken',
   now(), now()),
  (gen_random_uuid(), 'Care check-in', 'EMAIL', 'CARE', NULL, 'en',
   'How is your purchase working out?',
   E'Hi {{firstName}},\n\nit is two weeks since we delivered. We would like to hear how it is working out. If anything is not as it should be, or you wonder about use and care, just reply to this e-mail.\n\nKind regards, the store',
   now(), now()),
  (gen_random_uuid(), 'Nurture: finding out what you need', 'EMAIL', 'MARKETING', 'NEED', 'nb',
   'Et godt sted å begynne',
   E'Hei {{firstName}},\n\nnår du vurderer noe nytt, er det lurt å begynne med hva du faktisk trenger. Vi har samlet de vanligste spørsmålene kundene våre stiller før de bestemmer seg. Svar på denne e-posten hvis du vil at vi tar en prat, helt uforpliktende.\n\nVennlig hilsen oss i butikken',
   now(), now()),
  (gen_random_uuid(), 'Nurture: finding out what you need', 'EMAIL', 'MARKETING', 'NEED', 'da',
   'Et godt sted at begynde',
   E'Hej {{firstName}},\n\nnår du overvejer noget nyt, er det klogt at begynde med, hvad du faktisk har brug for. Vi har samlet de mest almindelige spørgsmål, vores kunder stiller, før de beslutter sig. Svar på denne e-mail, hvis du vil have en snak, helt uforpligtende.\n\nVenlig hilsen os i butikken',
   now(), now()),
  (gen_random_uuid(), 'Nurture: finding out what you need', 'EMAIL', 'MARKETING', 'NEED', 'en',
   'A good place to start',
   E'Hi {{firstName}},\n\nwhen you are thinking about something new, it helps to start with what you actually need. We have gathered the questions our customers most often ask before they decide. Reply to this e-mail if you would like a chat, with no obligation.\n\nKind regards, the store',
   now(), now()),
  (gen_random_uuid(), 'Nurture: comparing options', 'EMAIL', 'MARKETING', 'RESEARCH', 'nb',
   'Slik sammenligner du',
   E'Hei {{firstName}},\n\ndu har sett på flere alternativer hos oss. Her er det som skiller dem mest: pris over tid, levering og service etterpå. Vil du at vi setter opp en sammenligning for deg, svar på denne e-posten.\n\nVennlig hilsen oss i butikken',
   now(), now()),
  (gen_random_uuid(), 'Nurture: comparing options', 'EMAIL', 'MARKETING', 'RESEARCH', 'da',
   'Sådan sammenligner du',
   E'Hej {{firstName}},\n\ndu har kigget på flere muligheder hos os. Her er det, der adskiller dem mest: pris over tid, levering og service bagefter. Vil du have, at vi laver en sammenligning til dig, så svar på denne e-mail.\n\nVenlig hilsen os i butikken',
   now(), now()),
  (gen_random_uuid(), 'Nurture: comparing options', 'EMAIL', 'MARKETING', 'RESEARCH', 'en',
   'How to compare',
   E'Hi {{firstName}},\n\nyou have looked at several options with us. Here is what sets them apart most: cost over time, delivery and service afterwards. If you would like us to put a comparison together for you, reply to this e-mail.\n\nKind regards, the store',
   now(), now())
ON CONFLICT (name, channel, locale) DO NOTHING;

INSERT INTO "AutomationRule" (id, key, name, enabled, trigger, "triggerParams", conditions, actions, "updatedAt") VALUES
  (gen_random_uuid(), 'abandoned-cart', 'Abandoned-cart reminder', false, 'SIGNAL',
   '{"kind": "CART_ABANDONED", "delayMinutes": 240}', '{"consent": "MARKETING_EMAIL"}',
   '[{"type": "send", "channel": "EMAIL", "template": "Abandoned cart reminder"}]', now()),
  (gen_random_uuid(), 'care-check-in', 'Care check-in 14 days after delivery', false, 'AFTER_DELIVERY',
   '{"days": 14, "delayMinutes": 0}', '{}',
   '[{"type": "send", "channel": "EMAIL", "template": "Care check-in"}]', now()),
  (gen_random_uuid(), 'slow-tracker-nurture', 'Nurture for slow-trackers, one message per stage', false, 'SCORE_RISE',
   '{"minRise": 5, "delayMinutes": 0}', '{"consent": "MARKETING_EMAIL"}',
   '[{"type": "sendForStage", "channel": "EMAIL", "purpose": "MARKETING"}]', now())
ON CONFLICT (key) DO NOTHING;
