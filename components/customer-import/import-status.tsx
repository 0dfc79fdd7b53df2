"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { ImportProgress } from "./import-progress";
import { cancelImportAction, confirmImportAction } from "@/server/customer-import/actions";
import type { ImportStatus as Status } from "@/server/customer-import/status";
import { ImportReview } from "./import-review";

// One import, as it goes: the check's progress, the review (what the check found, and the choice
// for duplicates), the import's progress, and the result. It asks the server every second while the
// job works; the page can be closed at any point and opened again from the import history.

const POLL_MS = 1000;
const WORKING = new Set(["CHECKING", "IMPORTING", "UNDOING"]);

/** `undo`: the undo button, rendered by the page for an import that is done (it knows the import's row). */
export function ImportStatusView({ initial, undo }: { initial: Status; undo?: ReactNode }) {
  const t = useTranslations("customerImport");
  const format = useFormatter();
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  // A fresh render of the page (after an undo, say) knows better than this view's last poll.
  const [rendered, setRendered] = useState(initial);
  if (rendered !== initial) {
    setRendered(initial);
    setStatus(initial);
  }

  useEffect(() => {
    if (!WORKING.has(status.state)) return;
    const timer = setTimeout(async () => {
      // The findings are read once, when the check has finished.
      const res = await fetch(`/api/customers/import/${status.id}?findings=1`, { cache: "no-store" }).catch(() => null);
      const next = res?.ok ? ((await res.json()) as Status) : null;
      setStatus((s) => next ?? { ...s });
      // Finished: the page renders again, with what only the server knows (the undo button).
      if (next && !WORKING.has(next.state)) router.refresh();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [status, router]);

  const act = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      setMessage(null);
      const r = await action();
      if (!r.ok) setMessage(r.message ?? "invalid");
      const res = await fetch(`/api/customers/import/${status.id}?findings=1`, { cache: "no-store" }).catch(() => null);
      if (res?.ok) setStatus((await res.json()) as Status);
      router.refresh();
    });

  const toImport = status.totalRows - status.problemRows;
  return (
    <div className="flex flex-col gap-4">
      {status.state === "CHECKING" ? (
        <>
          <ImportProgress
            label={t("status.checking", { done: status.doneRows, total: status.totalRows || 0 })}
            fraction={status.totalRows ? status.doneRows / status.totalRows : 0}
          />
          <p className="text-sm text-ink-muted">{t("status.canLeave")}</p>
        </>
      ) : null}
      {status.state === "REVIEW" && status.findings ? (
        <ImportReview
          status={status}
          pending={pending}
          onImport={(duplicates) => act(() => confirmImportAction({ importId: status.id, duplicates }))}
          onCancel={() => act(() => cancelImportAction({ importId: status.id }))}
        />
      ) : null}
      {status.state === "IMPORTING" ? (
        <>
          <ImportProgress
            label={t("status.importing", { done: status.doneRows, total: toImport })}
            fraction={toImport ? status.doneRows / toImport : 0}
          />
          <p className="text-sm text-ink-muted">{t("status.canLeave")}</p>
        </>
      ) : null}
      {status.state === "DONE" ? (
        <Alert
          tone="success"
          title={t("status.doneTitle", { created: status.createdCount })}
          action={
            <Link href="/customers" className={buttonClasses("secondary", "sm")}>
              {t("toList")}
            </Link>
          }
        >
          {t("status.doneBody", {
            created: format.number(status.createdCount),
            updated: format.number(status.updatedCount),
            skipped: format.number(status.skippedCount),
            leftOut: format.number(status.problemRows),
          })}
        </Alert>
      ) : null}
      {status.state === "DONE" && undo ? undo : null}
      {status.state === "UNDOING" ? <Alert title={t("status.undoing")}>{t("status.canLeave")}</Alert> : null}
      {status.state === "CANCELLED" ? <Alert title={t("status.cancelled")}>{t("status.cancelledBody")}</Alert> : null}
      {status.state === "UNDONE" ? (
        <Alert title={t("status.undone")}>
          {t("status.undoneBody", {
            removed: format.number(status.undoRemoved),
            kept: format.number(status.undoKept),
            restored: format.number(status.undoRestored),
          })}
        </Alert>
      ) : null}
      {status.state === "FAILED" ? (
        <Alert tone="error" title={t("status.failed")}>
          {t.has(`wizard.problems.${status.failure}.body`)
            ? t(`wizard.problems.${status.failure}.body`, { size: 0 })
            : t("status.failedBody")}
        </Alert>
      ) : null}
      {message ? (
        <Alert tone="error" title={t("status.actionFailed")}>
          {t.has(`status.reasons.${message}`) ? t(`status.reasons.${message}`) : t("status.reasons.invalid")}
        </Alert>
      ) : null}
      {!WORKING.has(status.state) && status.state !== "REVIEW" ? (
        <div>
          <Link href="/customers/import" className={buttonClasses("secondary", "md")}>
            {t("status.another")}
          </Link>
        </div>
      ) : null}
      {pending ? <span className="sr-only">{t("status.working")}</span> : null}
    </div>
  );
}
