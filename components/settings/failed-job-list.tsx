import { getFormatter, getTranslations } from "next-intl/server";
import { JOB_KIND_LABELS } from "@/lib/job-kinds";
import type { FailedJobRow } from "@/server/jobs/failed-jobs";
import { RetryJobButton } from "./retry-job-button";
import { DATE_AND_TIME } from "@/lib/date-time-format";

// One failed job per row: what it was (kind, key), when it gave up after how many tries, and the
// first line of its last error, the whole error on hover and when opened. No payload: it may hold
// an address or a link.

const SHORT_ERROR = 140;
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function FailedJobList({ rows }: { rows: FailedJobRow[] }) {
  const [t, format] = await Promise.all([getTranslations("settings.jobs"), getFormatter()]);
  const kindLabel = (kind: string) => {
    const id = JOB_KIND_LABELS[kind];
    return id && t.has(`kinds.${id}`) ? t(`kinds.${id}`) : kind;
  };
  return (
    <ol aria-label={t("listLabel")} className="divide-y divide-line">
      {rows.map((row) => {
        const when = format.dateTime(row.finishedAt, DATE_AND_TIME);
        const error = row.lastError?.trim() || null;
        const firstLine = error ? shorten(error.split("\n")[0], SHORT_ERROR) : null;
        return (
          <li
            key={row.id}
            data-testid="failed-job"
            className="grid gap-x-4 gap-y-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start"
          >
            <div className="min-w-0">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-medium text-ink">{kindLabel(row.kind)}</span>
                <span className="font-mono text-xs text-ink-subtle">{row.kind}</span>
              </p>
              <p className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-ink-muted">
                <time dateTime={row.finishedAt.toISOString()} className="tabular-nums">
                  {t("failedAt", { when })}
                </time>
                <span className="tabular-nums">{t("tries", { count: row.attempts })}</span>
                <span className="min-w-0 truncate" title={row.key ?? undefined}>
                  {t("key")}: <span className="font-mono">{row.key ? shorten(row.key, 60) : t("noKey")}</span>
                </span>
              </p>
              {!error ? (
                <p className="mt-1 text-xs text-ink-muted">{t("noError")}</p>
              ) : error === firstLine ? (
                <p className="mt-1 text-xs break-words text-danger-fg">
                  <span className="text-ink-muted">{t("errorLabel")}: </span>
                  {error}
                </p>
              ) : (
                <details className="group mt-1 text-xs">
                  <summary className="cursor-pointer break-words text-danger-fg" title={error}>
                    <span className="text-ink-muted">{t("errorLabel")}: </span>
                    {firstLine}
                    <span className="sr-only"> ({t("showError")})</span>
                  </summary>
                  <pre className="mt-1 max-h-64 overflow-auto rounded-md border border-line bg-gray-50 p-2 font-mono text-xs whitespace-pre-wrap break-words text-ink">
                    {error}
                  </pre>
                </details>
              )}
            </div>
            <RetryJobButton id={row.id} kind={kindLabel(row.kind)} when={when} />
          </li>
        );
      })}
    </ol>
  );
}
