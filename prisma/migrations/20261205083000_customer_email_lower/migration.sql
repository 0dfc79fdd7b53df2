-- Imports (server/customer-import/lookups.ts) find customers Reise already has by e-mail without
-- regard to case: customers typed in by hand may have capitals. A btree on lower(email) answers
-- lower(email) = ANY(...) from the index; an expression index cannot be declared in schema.prisma,
-- and Prisma leaves it alone.
CREATE INDEX "Customer_email_lower_idx" ON "Customer" (lower("email"));
