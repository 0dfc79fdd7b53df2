"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import type { ImportHistoryRow } from "@/server/customer-import/history";

// The pieces of one import in the history, shared by the table (wide screens) and the cards (phones).

const STATE_TONE: Record<ImportHistoryRow["state"], BadgeTone> = {
  CHECKING: "accent",
  REVIEW: "due",
  IMPORTING: "accent",
  DONE: "won",
  CANCELLED: "neutral",
  FAILED: "lost",
  UNDOING: "accent",
  UNDONE: "neutral",
};

export function ImportStateBadge({ state }: { state: ImportHistoryRow["state"] }) {
  const t = useTranslations("customerImport.history.state");
  return <Badge tone={STATE_TONE[state]}>{t(state)}</Badge>;
}

/** "report.csv" and "Mia · 5 Dec 2026, 14:05". */
export function ImportWho({ row }: { row: ImportHistoryRow }) {
  const t = useTranslations("customerImport.history");
  const format = useFormatter();
  return (
    <span className="min-w-0">
      <span className="block truncate font-medium" title={row.fileName}>
        {row.fileName}
      </span>
      <span className="block text-xs text-ink-muted">
        {t("startedBy", { name: row.createdBy, at: format.dateTime(row.createdAt, DATE_AND_TIME) })}
      </span>
    </span>
  );
}

/** "1,204 created · 36 updated · 12 skipped", then the undo's progress or its result. */
export function ImportOutcome({ row }: { row: ImportHistoryRow }) {
  const t = useTranslations("customerImport.history");
  return (
    <span className="flex min-w-0 flex-col gap-1">
      <span className="tabular-nums">
        {t("counts", { created: row.createdCount, updated: row.updatedCount, skipped: row.skippedCount })}
      </span>
      {row.state === "UNDOING" ? <UndoProgress row={row} /> : null}
      {row.state === "UNDONE" ? <UndoResult row={row} /> : null}
    </span>
  );
}

const handled = (row: ImportHistoryRow) => row.undo.removed + row.undo.kept + row.undo.restored + row.undo.unchanged;

function UndoProgress({ row }: { row: ImportHistoryRow }) {
  const t = useTranslations("customerImport.history");
  const total = row.createdCount + row.updatedCount;
  const done = Math.min(handled(row), total);
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <span className="flex flex-col gap-1" data-testid="undo-progress">
      <span
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="block h-2 w-full max-w-48 overflow-hidden rounded-full bg-gray-100"
      >
        <span className="block h-full rounded-full bg-accent-600 transition-[width]" style={{ width: `${percent}%` }} />
      </span>
      <span className="text-xs text-ink-muted tabular-nums">{t("progress", { done, total })}</span>
    </span>
  );
}

function UndoResult({ row }: { row: ImportHistoryRow }) {
  const t = useTranslations("customerImport.history");
  const format = useFormatter();
  const parts = (["removed", "kept", "restored", "unchanged"] as const).filter((key) => row.undo[key] > 0);
  return (
    <span className="flex flex-col text-xs text-ink-muted" data-testid="undo-result">
      <span className="text-ink">
        {parts.length
          ? parts.map((key) => t(`result.${key}`, { count: row.undo[key] })).join(" · ")
          : t("result.nothing")}
      </span>
      {row.undoneBy && row.undoneAt ? (
        <span>{t("undoneBy", { name: row.undoneBy, at: format.dateTime(row.undoneAt, DATE_AND_TIME) })}</span>
      ) : null}
    </span>
  );
}
