"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/data-table-shell";
import { EmptyState } from "@/components/ui/empty-state";
import type { ListPage } from "@/server/lists/list-page";
import type { ImportHistoryRow } from "@/server/customer-import/history";
import { loadMoreImportsAction } from "@/server/customer-import/history-actions";
import { ImportOutcome, ImportStateBadge, ImportWho } from "./import-history-parts";
import { UndoImportButton } from "./undo-import-button";

// The import history: who imported which file when, what it did, and Undo. A table on wide screens,
// cards on phones. The first page comes from the server (listImports in server/customer-import/
// history.ts); "Load more" appends the next ones. While an import is being undone (or imported) the
// page reads itself again every few seconds, so the progress moves and the result appears.

const REFRESH_MS = 3_000;
const moving = (row: ImportHistoryRow) =>
  row.state === "UNDOING" || row.state === "IMPORTING" || row.state === "CHECKING";

export function ImportHistory({
  initial,
  titleAs = "h2",
}: {
  initial: ListPage<ImportHistoryRow>;
  titleAs?: "h1" | "h2";
}) {
  const t = useTranslations("customerImport.history");
  const router = useRouter();
  const [more, setMore] = useState<ImportHistoryRow[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [loading, startLoading] = useTransition();
  // The first page is the server's, fresh on every refresh; the appended pages are what was loaded.
  const first = new Set(initial.rows.map((r) => r.id));
  const rows = [...initial.rows, ...more.filter((r) => !first.has(r.id))];
  const next = cursor === undefined ? initial.nextCursor : cursor;
  const anyMoving = initial.rows.some(moving);

  useEffect(() => {
    if (!anyMoving) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [anyMoving, router]);

  function loadMore() {
    if (!next) return;
    startLoading(async () => {
      const page = await loadMoreImportsAction({ cursor: next });
      setFailed(!page.ok);
      if (!page.ok) return;
      setMore((shown) => [...shown, ...page.rows]);
      setCursor(page.nextCursor);
    });
  }

  const Title = titleAs;
  if (!rows.length) return <EmptyState titleAs={titleAs} title={t("emptyTitle")} description={t("emptyBody")} />;
  return (
    <section aria-labelledby="import-history" className="flex flex-col gap-3" data-testid="import-history">
      <Title id="import-history" className="text-base font-semibold">
        {t("title")}
      </Title>
      {/* On a phone four columns cannot be read: each import is a card. */}
      <ul className="flex flex-col gap-2 md:hidden" aria-label={t("caption")}>
        {rows.map((row) => (
          <li key={row.id} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-3 text-sm">
            <div className="flex items-start justify-between gap-2">
              <ImportWho row={row} />
              <ImportStateBadge state={row.state} />
            </div>
            <ImportOutcome row={row} />
            {row.canUndo ? <UndoImportButton row={row} size="md" /> : null}
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <Table caption={t("caption")}>
          <THead>
            <tr>
              <Th>{t("col.file")}</Th>
              <Th>{t("col.state")}</Th>
              <Th>{t("col.result")}</Th>
              <Th>
                <span className="sr-only">{t("col.actions")}</span>
              </Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.id} data-testid={`import-row-${row.id}`}>
                <Td wrap className="max-w-64">
                  <ImportWho row={row} />
                </Td>
                <Td>
                  <ImportStateBadge state={row.state} />
                </Td>
                <Td wrap>
                  <ImportOutcome row={row} />
                </Td>
                <Td>{row.canUndo ? <UndoImportButton row={row} size="sm" /> : null}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      {failed ? <Alert tone="error">{t("loadFailed")}</Alert> : null}
      {next ? (
        <Button variant="secondary" className="self-center" pending={loading} onClick={loadMore}>
          {t("loadMore")}
        </Button>
      ) : null}
    </section>
  );
}
