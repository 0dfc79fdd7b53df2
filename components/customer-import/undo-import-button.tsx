"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { undoImportAction, type UndoImportResult } from "@/server/customer-import/history-actions";
import type { ImportHistoryRow } from "@/server/customer-import/history";

/**
 * Undo asks first and says what will happen, in the import's own numbers. Focus starts on "Keep it"
 * (ConfirmDialog), so Enter never undoes by accident; the server refuses a second undo anyway.
 */
export function UndoImportButton({ row, size }: { row: ImportHistoryRow; size: "sm" | "md" }) {
  const t = useTranslations("customerImport.history.undo");
  const router = useRouter();
  const [failure, setFailure] = useState<UndoImportResult["message"] | null>(null);
  const counts = { created: row.createdCount, updated: row.updatedCount };
  const what =
    row.createdCount && row.updatedCount
      ? "both"
      : row.createdCount
        ? "created"
        : row.updatedCount
          ? "updated"
          : "nothing";

  async function undo() {
    const result = await undoImportAction({ importId: row.id });
    setFailure(result.ok ? null : (result.message ?? "not_found"));
    router.refresh();
  }

  return (
    <div className="flex flex-col items-start gap-2">
      <ConfirmDialog
        tone="danger"
        title={t("title", { file: row.fileName })}
        description={
          <>
            <span className="block">{t(what, counts)}</span>
            <span className="mt-2 block">{t("later")}</span>
          </>
        }
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={undo}
        trigger={
          <Button
            variant="secondary"
            size={size}
            aria-label={t("openLabel", { file: row.fileName })}
            data-testid={`undo-import-${row.id}`}
          >
            {t("open")}
          </Button>
        }
      />
      {failure ? (
        <Alert tone="error" className="text-xs">
          {t(`failed.${failure}`)}
        </Alert>
      ) : null}
    </div>
  );
}
