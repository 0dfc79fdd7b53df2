"use client";
import { lazy, Suspense, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import type { BoardCard as Card, BoardColumn as Column } from "@/server/leads/board-queries";
import { Alert } from "@/components/ui/alert";
import { BoardCardPreview } from "./board-card";
import { BoardCloseTargets } from "./board-close-targets";
import { BoardColumn } from "./board-column";
import { createStageKeyboard } from "./board-keyboard";
import { BoardStagePicker } from "./board-stage-picker";
import { useBoardAnnouncements } from "./use-board-announcements";
import { useBoardColumns } from "./use-board-columns";
import { useBoardMoves } from "./use-board-moves";

// Closing a lead (a drop on Won or Lost) asks in a dialog; its form and the dialog primitives load
// the first time one is needed, not with the board (issue 19: the board's first JavaScript).
const CloseLeadDialog = lazy(() => import("./close-lead-dialog").then((m) => ({ default: m.CloseLeadDialog })));

type Props = {
  columns: Column[];
  lostReasons: { id: string; label: string }[];
  /** The page's filters as a query string, for "Show more". */
  search: string;
};

/** The pipeline board: columns by stage, moved by mouse, keyboard or the "Move to…" menu. */
export function LeadBoard({ columns: initial, lostReasons, search }: Props) {
  const t = useTranslations("pipeline.board");
  const tStage = useTranslations("leadList.stages");
  const router = useRouter();
  const board = useBoardColumns(initial);
  const moves = useBoardMoves(board, search, () => router.refresh());
  const [active, setActive] = useState<Card | null>(null);
  const [picked, setPicked] = useState(initial[0]?.stage);
  // Once loaded the dialog stays mounted, so it closes (and returns focus) as it always did.
  const [closeDialogUsed, setCloseDialogUsed] = useState(false);
  if (moves.closing && !closeDialogUsed) setCloseDialogUsed(true);

  const label = (stage: string) => (stage === "WON" || stage === "LOST" ? t(`targets.${stage}`) : tStage(stage));
  const targets = useMemo(
    () => [...initial.map((c) => c.stage), "WON", "LOST"].map((id) => ({ id, label: label(id) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels follow the stages shown
    [initial],
  );
  // The page remounts the board when the filters (and so the stages shown) change.
  const [keyboard] = useState(() => createStageKeyboard(targets.map((x) => x.id)));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinateGetter }),
  );
  const announcements = useBoardAnnouncements(label);

  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite" className="empty:hidden" data-testid="board-notice">
        {moves.notice ? (
          <Alert tone={moves.notice.tone} className="max-w-2xl">
            {moves.notice.text}
          </Alert>
        ) : null}
      </div>
      <BoardStagePicker columns={board.columns} label={label} value={picked} onChange={setPicked} />
      <DndContext
        sensors={sensors}
        collisionDetection={keyboard.collisionDetection}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("instructions") } }}
        onDragStart={(e) => {
          keyboard.reset();
          setActive((e.active.data.current as { card: Card }).card);
        }}
        onDragCancel={() => {
          keyboard.reset();
          setActive(null);
        }}
        onDragEnd={(e) => {
          keyboard.reset();
          setActive(null);
          const card = (e.active.data.current as { card: Card }).card;
          if (e.over && e.over.id !== card.stage) moves.request(card, String(e.over.id));
        }}
      >
        <BoardCloseTargets />
        <div className="flex flex-col gap-3 md:flex-row md:items-start md:overflow-x-auto md:pb-2">
          {board.columns.map((column) => (
            <BoardColumn
              key={column.stage}
              column={column}
              label={label(column.stage)}
              targets={targets}
              onMove={moves.request}
              onMore={() => moves.loadMore(column)}
              loadingMore={moves.loading === column.stage}
              hiddenOnPhone={column.stage !== picked}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>{active ? <BoardCardPreview card={active} /> : null}</DragOverlay>
      </DndContext>
      {closeDialogUsed ? (
        <Suspense fallback={null}>
          <CloseLeadDialog
            key={moves.closing ? `${moves.closing.card.id}-${moves.closing.to}` : "none"}
            pending={moves.closing}
            lostReasons={lostReasons}
            onConfirm={moves.confirmClose}
            onCancel={moves.cancelClose}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
