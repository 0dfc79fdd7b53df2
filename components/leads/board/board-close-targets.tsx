"use client";
import { useDroppable } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/**
 * Won and Lost: drop targets only, since closed leads leave the board (the Closed view lists them).
 * A row above the columns, so the four stages keep the width and both targets stay in view.
 */
export function BoardCloseTargets() {
  return (
    <div className="hidden grid-cols-2 gap-3 md:grid">
      <CloseTarget stage="WON" />
      <CloseTarget stage="LOST" />
    </div>
  );
}

function CloseTarget({ stage }: { stage: "WON" | "LOST" }) {
  const t = useTranslations("pipeline.board");
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <div
      ref={setNodeRef}
      data-testid={`board-target-${stage}`}
      className={cn(
        "flex h-14 items-center justify-center gap-2 rounded-lg border-2 border-dashed px-3 text-center text-sm",
        stage === "WON" ? "border-success-border text-success-fg" : "border-danger-border text-danger-fg",
        isOver && (stage === "WON" ? "bg-success-bg" : "bg-danger-bg"),
      )}
    >
      <span className="font-semibold">{t(`targets.${stage}`)}</span>
      <span className="text-xs text-ink-muted">{t("dropHere")}</span>
    </div>
  );
}
