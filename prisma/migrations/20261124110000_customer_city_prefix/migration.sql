-- The customer list's city filter is a case-insensitive prefix ("fre" finds Fredrikstad). A btree
-- on lower(city) with text_pattern_ops answers lower(city) LIKE 'fre%' as an index range; an
-- expression index cannot be declared in schema.prisma, and Prisma leaves it alone.
CREATE INDEX "Customer_city_prefix_idx" ON "Customer" (lower("city") text_pattern_ops);
