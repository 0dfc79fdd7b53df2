"use client";
import { useTranslations } from "next-intl";
import type { BoardCard } from "@/server/leads/board-queries";
import { buttonClasses } from "@/components/ui/button";
import { ChevronDownIcon } from "@/components/ui/icons";
import { useDeferred } from "@/components/ui/use-deferred";

import type { MoveTarget } from "./board-move-dropdown";

export type { MoveTarget };

// Radix's menu is some 30 kB of the board's first JavaScript (issue 19); like the account menu
// (components/shell/user-menu.tsx), a plain trigger that looks the same stands in until pressed.
const loadDropdown = () => import("./board-move-dropdown");

/** "Move to…": the same moves as dragging, from a menu (keyboard, screen readers, phones). */
export function BoardMoveMenu(props: {
  card: BoardCard;
  targets: MoveTarget[];
  onMove: (card: BoardCard, to: string) => void;
}) {
  const t = useTranslations("pipeline.board");
  const { module, triggerProps } = useDeferred(loadDropdown);
  if (module) return <module.BoardMoveDropdown {...props} />;
  const open = "onPointerDown" in triggerProps ? triggerProps.onPointerDown : undefined;
  return (
    <button
      type="button"
      {...triggerProps}
      className={buttonClasses("ghost", "sm")}
      aria-label={t("moveToLabel", { name: props.card.customerName })}
      // A press on the menu is not the start of a drag.
      onPointerDown={(e) => {
        e.stopPropagation();
        open?.(e);
      }}
    >
      <span className="md:sr-only">{t("moveTo")}</span>
      <ChevronDownIcon className="size-4" />
    </button>
  );
}
