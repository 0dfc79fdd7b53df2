"use client";

import { createContext, use, useCallback, useEffect, useState, useTransition, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { BulkResult } from "@/lib/bulk/bulk-options";
import { undoBulkAction } from "@/server/bulk/actions";
import { Button } from "@/components/ui/button";
import { AlertTriangleIcon, CheckCircleIcon, XIcon } from "@/components/ui/icons";
import { cn } from "@/lib/cn";

// The bar under a list while rows are selected (what is picked, the actions), and the toast that
// answers an action with what happened and an Undo. The Undo stays until the next action, until
// dismissed, or for a minute (the server allows a few more, server/bulk/undo.ts).

const TOAST_MS = 60_000;

type BulkRun = {
  run: (action: () => Promise<BulkResult>, onDone?: () => void) => void;
  pending: boolean;
};

const BulkRunContext = createContext<BulkRun | null>(null);

/**
 * Runs a list's bulk actions one at a time and shows the last answer. It sits above the list, so
 * the toast and its Undo stay when the action empties the page (three leads assigned away from
 * "Unassigned") and the table gives way to the empty state.
 */
export function BulkRunProvider({ children }: { children: ReactNode }) {
  const [result, setResult] = useState<BulkResult | null>(null);
  const [pending, start] = useTransition();
  const run = useCallback(
    (action: () => Promise<BulkResult>, onDone?: () => void) =>
      start(async () => {
        setResult(null);
        const answer = await action();
        setResult(answer);
        if (answer.ok) onDone?.();
      }),
    [],
  );
  const dismiss = useCallback(() => setResult(null), []);
  const operationId = result?.operationId;
  const undo = operationId ? () => run(() => undoBulkAction({ operationId })) : undefined;
  return (
    <BulkRunContext value={{ run, pending }}>
      {children}
      <BulkToast result={result} pending={pending} undo={undo} dismiss={dismiss} />
    </BulkRunContext>
  );
}

export function useBulkRun(): BulkRun {
  const context = use(BulkRunContext);
  if (!context) throw new Error("useBulkRun needs a BulkRunProvider above it");
  return context;
}

export function BulkBar({
  count,
  total,
  onSelectAll,
  onClear,
  children,
}: {
  count: number;
  total: number;
  onSelectAll: () => void;
  onClear: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("bulk");
  if (!count) return null;
  return (
    <div
      role="region"
      aria-label={t("barLabel")}
      data-testid="bulk-bar"
      className="sticky bottom-2 z-20 flex flex-wrap items-center gap-2 rounded-lg border border-line-strong bg-surface p-2 shadow-lg"
    >
      <span className="px-1 text-sm font-medium text-ink tabular-nums" aria-live="polite" data-testid="bulk-count">
        {t("selectedCount", { count })}
      </span>
      {count < total ? (
        <Button variant="ghost" size="sm" onClick={onSelectAll}>
          {t("selectPage")}
        </Button>
      ) : (
        <span className="text-xs text-ink-muted">{t("pageOnly")}</span>
      )}
      <Button variant="ghost" size="sm" onClick={onClear}>
        {t("clear")}
      </Button>
      <div className="flex flex-wrap items-center gap-2 sm:ml-auto">{children}</div>
    </div>
  );
}

function BulkToast({
  result,
  pending,
  undo,
  dismiss,
}: {
  result: BulkResult | null;
  pending: boolean;
  undo?: () => void;
  dismiss: () => void;
}) {
  const t = useTranslations("bulk");
  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(dismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [result, dismiss]);
  if (!result) return null;
  const Icon = result.ok ? CheckCircleIcon : AlertTriangleIcon;
  return (
    <div
      role="status"
      data-testid="bulk-toast"
      className={cn(
        "fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-xl items-start gap-2 rounded-lg border bg-surface p-3 text-sm shadow-lg",
        result.ok ? "border-line-strong text-ink" : "border-danger-border text-danger-fg",
      )}
    >
      <Icon className={cn("mt-0.5 size-4 shrink-0", result.ok ? "text-success-fg" : "text-danger-fg")} />
      <span className="min-w-0 flex-1">{result.message}</span>
      {undo ? (
        <Button size="sm" variant="secondary" onClick={undo} pending={pending}>
          {t("undo")}
        </Button>
      ) : null}
      <Button size="sm" variant="ghost" onClick={dismiss} aria-label={t("dismiss")}>
        <XIcon className="size-4" />
      </Button>
    </div>
  );
}
