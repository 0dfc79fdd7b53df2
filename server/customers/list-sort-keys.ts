import "server-only";
import type { CustomerSort } from "@/lib/validation/customer-filter-options";
import { keyCol as col, type KeyColumn } from "@/server/lists/keyset";

// The customer list's sort keys; each has an index in the same order, once over all customers (the
// manager's list) and once per team (the sales rep's), see the Customer model in schema.prisma.
// "activity" is newest first with never-active customers (NULL) last: a descending nullable first
// column, which server/lists/keyset.ts (keysetParts) reads as two index scans glued together.

const ID = col("id", "asc", "uuid");

export const CUSTOMER_SORT_KEYS: Record<CustomerSort, KeyColumn[]> = {
  activity: [col("lastActivityAt", "desc", "ts", true), ID],
  name: [col("name", "asc", "text"), ID],
  created: [col("createdAt", "desc", "ts"), ID],
  points: [col("loyaltyPoints", "desc", "int"), ID],
};
