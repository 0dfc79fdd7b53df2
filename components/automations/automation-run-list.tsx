import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RunRow } from "@/server/automations/queries";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SHORT_DATE_AND_TIME } from "@/lib/date-time-format";

const TONE: Record<RunRow["state"], BadgeTone> = {
  WAITING: "due",
  DONE: "answered",
  STOPPED: "neutral",
  FAILED: "breached",
};

/** The newest runs of every rule: when, which rule, for whom, and how it ended (and why it stopped). */
export async function AutomationRunList({ runs }: { runs: RunRow[] }) {
  const [t, format] = await Promise.all([getTranslations("settings.automations"), getFormatter()]);
  if (runs.length === 0) return <p className="text-sm text-ink-muted">{t("runs.empty")}</p>;
  return (
    <ul className="divide-y divide-line text-sm" aria-label={t("runs.title")}>
      {runs.map((run) => (
        <li key={run.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2" data-testid="automation-run">
          <time dateTime={run.dueAt.toISOString()} className="w-32 shrink-0 text-ink-muted tabular-nums">
            {format.dateTime(run.finishedAt ?? run.dueAt, SHORT_DATE_AND_TIME)}
          </time>
          <span className="min-w-0 flex-1 truncate font-medium" title={run.ruleName}>
            {run.ruleName}
          </span>
          <span className="min-w-0 truncate">
            {run.customerName ? (
              <Link href={`/customers/${run.customerId}`} className="text-accent-700 hover:underline">
                {run.customerName}
              </Link>
            ) : (
              <span className="text-ink-muted">{t("runs.erased")}</span>
            )}
          </span>
          <span className="flex items-center gap-2">
            <Badge tone={TONE[run.state]}>{t(`states.${run.state}`)}</Badge>
            {run.reason ? <span className="text-ink-muted">{reasonText(t, run.reason)}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A reason this build names in words; one written by a newer or older build is shown as its code. */
function reasonText(t: Awaited<ReturnType<typeof getTranslations>>, reason: string): string {
  const key = `reasons.${reason}`;
  return t.has(key) ? t(key) : reason;
}
