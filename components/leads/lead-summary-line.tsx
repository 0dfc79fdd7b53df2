import { getTranslations } from "next-intl/server";
import { AlertTriangleIcon } from "@/components/ui/icons";
import { cn } from "@/lib/cn";
import type { LeadSummary } from "@/server/leads/summary-queries";

// The list's totals in one line, from getLeadSummary (one pass over the open leads in the user's scope),
// so the paged list itself never needs a COUNT(*).

export async function LeadSummaryLine({ summary, isManager }: { summary: LeadSummary; isManager: boolean }) {
  const t = await getTranslations("leadList.summary");
  const count = (n: number) => ({ count: n });
  return (
    <ul aria-label={t("label")} className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-ink-muted">
      <li className={cn("inline-flex items-center gap-1.5", summary.breached > 0 && "font-medium text-breached-fg")}>
        {summary.breached > 0 ? <AlertTriangleIcon className="size-4" /> : null}
        {t("breached", count(summary.breached))}
      </li>
      <li>{t("dueSoon", count(summary.dueWithinHour))}</li>
      <li>{t("open", count(summary.open))}</li>
      <li className="hidden text-ink-subtle sm:list-item">{isManager ? t("scopeAll") : t("scopeMine")}</li>
    </ul>
  );
}
