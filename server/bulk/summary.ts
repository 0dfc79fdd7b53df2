import "server-only";
import { getTranslations } from "next-intl/server";
import { BULK_SKIPS } from "@/lib/bulk/bulk-options";
import type { BulkOutcome } from "./operation";

// The toast's sentence: what changed, what already was so, and each reason rows were skipped
// ("3 leads assigned to Kari · 1 skipped: changed by someone else").

export type BulkT = Awaited<ReturnType<typeof getTranslations<"bulk">>>;

export function summarise(t: BulkT, headline: string, outcome: BulkOutcome): string {
  const parts = [headline];
  if (outcome.unchanged) parts.push(t("result.unchanged", { count: outcome.unchanged }));
  for (const reason of BULK_SKIPS) {
    const count = outcome.skipped[reason];
    if (count) parts.push(t(`result.skipped.${reason}`, { count }));
  }
  return parts.join(" · ");
}
