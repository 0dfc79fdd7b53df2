"use client";
import { useTranslations } from "next-intl";
import type { BoardCard } from "@/server/leads/board-queries";
import { buttonClasses } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ChevronDownIcon } from "@/components/ui/icons";

export type MoveTarget = { id: string; label: string };

// The real "Move to…" menu, loaded when its stand-in (board-move-menu.tsx) is first pressed, and then open.
export function BoardMoveDropdown({
  card,
  targets,
  onMove,
}: {
  card: BoardCard;
  targets: MoveTarget[];
  onMove: (card: BoardCard, to: string) => void;
}) {
  const t = useTranslations("pipeline.board");
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger
        className={buttonClasses("ghost", "sm")}
        aria-label={t("moveToLabel", { name: card.customerName })}
        onPointerDown={(e) => e.stopPropagation()}
      >
        <span className="md:sr-only">{t("moveTo")}</span>
        <ChevronDownIcon className="size-4" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>{t("moveTo")}</DropdownMenuLabel>
        {targets
          .filter((target) => target.id !== card.stage)
          .map((target) => (
            <DropdownMenuItem key={target.id} onSelect={() => onMove(card, target.id)}>
              {target.label}
            </DropdownMenuItem>
          ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
