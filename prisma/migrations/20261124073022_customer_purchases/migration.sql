-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "firstOrderAt" TIMESTAMPTZ(3),
ADD COLUMN     "orderCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Customer_buyer_tier_idx" ON "Customer"("loyaltyTier", "ownerId") WHERE ("orderCount" > 0);

-- CreateIndex
CREATE INDEX "Customer_firstOrderAt_orderCount_ownerId_idx" ON "Customer"("firstOrderAt", "orderCount", "ownerId");

-- Recompute the purchase figures of the given customers from their orders.
CREATE FUNCTION reise_customer_purchases_refresh(p_customers uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Customer" c
  SET "firstOrderAt" = p.first_at, "orderCount" = coalesce(p.orders, 0)
  FROM (SELECT id FROM unnest(p_customers) id) ids
  LEFT JOIN LATERAL (
    SELECT min(o."placedAt") AS first_at, count(*)::int AS orders
    FROM "Order" o WHERE o."customerId" = ids.id AND o.milestone <> 'CANCELLED'
  ) p ON TRUE
  WHERE c.id = ids.id
    AND (c."firstOrderAt", c."orderCount") IS DISTINCT FROM (p.first_at, coalesce(p.orders, 0));
$$;

-- A bulk loader may defer it like the day rows (reise.defer_lead_day_stats) and refresh everyone at the end.
CREATE FUNCTION reise_order_purchases_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  -- Each branch reads only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    PERFORM reise_customer_purchases_refresh(ARRAY(SELECT DISTINCT n."customerId" FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM reise_customer_purchases_refresh(ARRAY(SELECT DISTINCT o."customerId" FROM old_rows o));
  ELSE
    PERFORM reise_customer_purchases_refresh(ARRAY(
      SELECT o."customerId" FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."customerId", o."placedAt", o.milestone = 'CANCELLED') IS DISTINCT FROM (n."customerId", n."placedAt", n.milestone = 'CANCELLED')
      UNION
      SELECT n."customerId" FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."customerId", o."placedAt", o.milestone = 'CANCELLED') IS DISTINCT FROM (n."customerId", n."placedAt", n.milestone = 'CANCELLED')));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Order_purchases_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_order_purchases_trigger();
CREATE TRIGGER "Order_purchases_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_order_purchases_trigger();
CREATE TRIGGER "Order_purchases_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_order_purchases_trigger();

-- Everyone at once: existing databases now, the seeder after its bulk load.
CREATE FUNCTION reise_customer_purchases_rebuild() RETURNS void
LANGUAGE sql AS $$
  UPDATE "Customer" c
  SET "firstOrderAt" = p.first_at, "orderCount" = p.orders
  FROM (
    SELECT o."customerId", min(o."placedAt") AS first_at, count(*)::int AS orders
    FROM "Order" o WHERE o.milestone <> 'CANCELLED' GROUP BY o."customerId"
  ) p
  WHERE c.id = p."customerId" AND (c."firstOrderAt", c."orderCount") IS DISTINCT FROM (p.first_at, p.orders);
$$;

SELECT reise_customer_purchases_rebuild();
ANALYZE "Customer";
