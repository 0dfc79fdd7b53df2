"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { useDraggable } from "@dnd-kit/core";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/format-money";
import { cn } from "@/lib/cn";
import type { BoardCard as Card } from "@/server/leads/board-queries";
import { GripIcon } from "@/components/ui/icons";
import { BoardMoveMenu, type MoveTarget } from "./board-move-menu";

type Props = { card: Card; targets: MoveTarget[]; onMove: (card: Card, to: string) => void };

/**
 * A lead on the board. A mouse drags the whole card (after a few pixels, so its link still opens the
 * lead); the keyboard picks it up by its grip button (space or enter, then the arrow keys), and
 * "Move to…" does the same without dragging — the only way on a phone.
 */
export function BoardCard({ card, targets, onMove }: Props) {
  const t = useTranslations("pipeline.board");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { card },
  });
  const grip = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      aria-label={t("dragLabel", { name: card.customerName })}
      className="hidden h-8 w-6 shrink-0 cursor-grab items-center justify-center rounded-sm text-ink-subtle hover:bg-gray-100 hover:text-ink md:flex"
    >
      <GripIcon className="size-4" />
    </button>
  );
  return (
    <article
      ref={setNodeRef}
      {...listeners}
      data-testid="board-card"
      data-lead-id={card.id}
      data-version={card.version}
      className={cn(cardClasses, isDragging && "opacity-40")}
    >
      <CardBody card={card} grip={grip} menu={<BoardMoveMenu card={card} targets={targets} onMove={onMove} />} />
    </article>
  );
}

const cardClasses = "relative flex gap-1 rounded-md border border-line bg-surface p-2.5 text-sm shadow-xs";

/** What the drag overlay shows under the pointer: the card's face, with nothing to register or click. */
export function BoardCardPreview({ card }: { card: Card }) {
  return (
    <div className={cn(cardClasses, "rotate-1 cursor-grabbing shadow-lg")} aria-hidden>
      <CardBody card={card} grip={<span className="hidden w-6 md:block" />} />
    </div>
  );
}

function CardBody({ card, grip, menu }: { card: Card; grip: ReactNode; menu?: ReactNode }) {
  const t = useTranslations("pipeline.board");
  const locale = useLocale() as "en" | "nb" | "da";
  return (
    <>
      {grip}
      <div className="min-w-0 flex-1">
        <Link
          href={`/leads/${card.id}`}
          className="cell-title md:pr-8"
          title={card.customerName}
          draggable={false}
          tabIndex={menu ? undefined : -1}
        >
          {card.customerName}
        </Link>
        <p className="truncate text-ink-muted" title={card.interest}>
          {card.interest}
        </p>
        {/* Value left, owner right: one line however narrow the column, the owner truncating first. */}
        <p className="mt-1 flex items-baseline justify-between gap-2 text-xs text-ink-muted">
          <span className="shrink-0 font-medium text-ink tabular-nums">
            {formatMoney(card.valueMinor, card.currency, locale)}
          </span>
          <span className="min-w-0 truncate" title={card.ownerName ?? undefined}>
            {card.ownerName ?? t("unassigned")}
          </span>
        </p>
      </div>
      {/* From md the menu sits in the corner, so the lines under the name get the card's width. */}
      {menu ? <div className="shrink-0 md:absolute md:top-1.5 md:right-1.5">{menu}</div> : null}
    </>
  );
}
