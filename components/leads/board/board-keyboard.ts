"use client";
import { pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";

// Moving a card by keyboard: each arrow key goes one stage along the board (the open stages, then
// Won and Lost); right and down go forward, left and up back. The stage reached is the drop target
// itself, not whatever the card's new position happens to overlap, so a screen-reader user always
// lands where the announcement says.

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function createStageKeyboard(ids: string[]) {
  let target: string | null = null;

  const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
    const step = STEP[event.code];
    if (!step) return undefined;
    event.preventDefault();
    const home = (context.active?.data.current as { card?: { stage: string } } | undefined)?.card?.stage;
    const from = ids.indexOf(String(target ?? context.over?.id ?? home));
    const next = ids[Math.min(ids.length - 1, Math.max(0, from + step))];
    const rect = context.droppableRects.get(next);
    const at = context.collisionRect;
    if (!next || !rect || !at) return undefined;
    target = next;
    return { x: currentCoordinates.x + rect.left + 8 - at.left, y: currentCoordinates.y + rect.top + 8 - at.top };
  };

  const collisionDetection: CollisionDetection = (args) => {
    if (target) return [{ id: target }];
    const pointer = pointerWithin(args);
    return pointer.length ? pointer : rectIntersection(args);
  };

  return { coordinateGetter, collisionDetection, reset: () => void (target = null) };
}
