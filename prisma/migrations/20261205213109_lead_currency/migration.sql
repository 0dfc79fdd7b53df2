-- DropIndex
DROP INDEX "Lead_board_sum_idx";

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "currency" "Currency" NOT NULL DEFAULT 'NOK';

-- A lead's currency is its customer's, kept by the database so no write path can forget it: set on
-- insert and on a move to another customer (a merge), and followed when the customer's currency
-- changes. The pipeline board sums open leads' values per currency from Lead alone (an index-only
-- read of Lead_board_sum_idx) instead of joining every open lead's customer.
UPDATE "Lead" l SET "currency" = c."currency" FROM "Customer" c WHERE c.id = l."customerId" AND l."currency" <> c."currency";

CREATE FUNCTION lead_currency_from_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."currency" INTO NEW."currency" FROM "Customer" c WHERE c.id = NEW."customerId";
  RETURN NEW;
END $$;

CREATE TRIGGER lead_currency_from_customer BEFORE INSERT OR UPDATE OF "customerId", "currency" ON "Lead"
  FOR EACH ROW EXECUTE FUNCTION lead_currency_from_customer();

CREATE FUNCTION customer_currency_to_leads() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Lead" SET "currency" = NEW."currency" WHERE "customerId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER customer_currency_to_leads AFTER UPDATE OF "currency" ON "Customer"
  FOR EACH ROW WHEN (OLD."currency" IS DISTINCT FROM NEW."currency") EXECUTE FUNCTION customer_currency_to_leads();

-- CreateIndex
CREATE INDEX "Lead_board_sum_idx" ON "Lead"("stage", "currency", "valueMinor") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));

-- CreateIndex
CREATE INDEX "Lead_owner_board_idx" ON "Lead"("ownerId", "stage", "lastActivityAt" DESC, "id") WHERE (stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"]));
