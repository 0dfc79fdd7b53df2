"use client";
import { useDroppable } from "@dnd-kit/core";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/format-money";
import { cn } from "@/lib/cn";
import type { BoardCard as Card, BoardTotals } from "@/server/leads/board-queries";
import { Button } from "@/components/ui/button";
import { BoardCard } from "./board-card";
import type { MoveTarget } from "./board-move-menu";
import type { ColumnState } from "./use-board-columns";

type Props = {
  column: ColumnState;
  label: string;
  targets: MoveTarget[];
  onMove: (card: Card, to: string) => void;
  onMore: () => void;
  loadingMore: boolean;
  /** On a phone only the picked stage shows (board-stage-picker.tsx); from md up every column does. */
  hiddenOnPhone: boolean;
};

/** One stage: its count and value, its cards (a drop target for them), and "Show more". */
export function BoardColumn({ column, label, targets, onMove, onMore, loadingMore, hiddenOnPhone }: Props) {
  const t = useTranslations("pipeline.board");
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const headingId = `board-column-${column.stage}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`board-column-${column.stage}`}
      className={cn(
        "flex min-w-0 flex-col gap-2 rounded-lg border border-line bg-gray-50 p-2 md:min-w-56 md:flex-1 md:basis-0",
        isOver && "border-accent-600 bg-accent-50",
        hiddenOnPhone && "hidden md:flex",
      )}
    >
      <header className="px-1 pt-1">
        <h2 id={headingId} className="flex items-baseline justify-between gap-2 text-sm font-semibold text-ink">
          <span>{label}</span>
          <span className="text-xs font-normal text-ink-muted tabular-nums" data-testid="board-column-count">
            {t("count", { count: column.totals.count })}
          </span>
        </h2>
        <Totals totals={column.totals} />
      </header>
      {column.cards.length ? (
        <ul className="flex flex-col gap-2" aria-label={t("cardsOf", { stage: label })}>
          {column.cards.map((card) => (
            <li key={card.id}>
              <BoardCard card={card} targets={targets} onMove={onMove} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-md border border-dashed border-line px-3 py-6 text-center text-sm text-ink-muted">
          {t("emptyColumn")}
        </p>
      )}
      {column.nextCursor ? (
        <Button variant="ghost" size="sm" onClick={onMore} pending={loadingMore} className="self-stretch">
          {t("showMore")}
        </Button>
      ) : null}
    </section>
  );
}

function Totals({ totals }: { totals: BoardTotals }) {
  const locale = useLocale() as "en" | "nb" | "da";
  const t = useTranslations("pipeline.board");
  const sums = totals.sums.filter((s) => s.valueMinor !== 0);
  return (
    <p className="text-xs text-ink-muted tabular-nums" data-testid="board-column-sum">
      {sums.length ? sums.map((s) => formatMoney(s.valueMinor, s.currency, locale)).join(" · ") : t("noValue")}
    </p>
  );
}
