import type { CustomerSegmentFilters } from "@/lib/validation/customer-filters";

/**
 * The one place the marketing rule lives: a segment marked as a marketing segment only ever holds
 * customers who currently consent to marketing email (Consent MARKETING_EMAIL granted), whatever
 * its saved filters say. The list, the export and saving a segment all pass through here.
 */
export function segmentAudience<F extends CustomerSegmentFilters>(
  filters: F,
  segment: { marketing: boolean } | null,
): F {
  return segment?.marketing ? { ...filters, marketing: "yes" } : filters;
}
