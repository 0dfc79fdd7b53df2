"use client";
import { useRef } from "react";
import type { Announcements } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import type { BoardCard } from "@/server/leads/board-queries";

const cardOf = (data: unknown) => (data as { card?: BoardCard } | undefined)?.card;

/** What a screen reader hears while a card moves, in the user's language, naming the lead and the stage. */
export function useBoardAnnouncements(label: (stage: string) => string): Announcements {
  const t = useTranslations("pipeline.board.announce");
  // The card starts over its own column: saying so would talk over "picked up".
  const moved = useRef(false);
  const name = (data: unknown) => cardOf(data)?.customerName ?? "";
  const home = (data: unknown) => label(cardOf(data)?.stage ?? "");
  return {
    onDragStart: ({ active }) => {
      moved.current = false;
      return t("pickedUp", { name: name(active.data.current), stage: home(active.data.current) });
    },
    onDragOver: ({ active, over }) => {
      if (!moved.current && over && String(over.id) === cardOf(active.data.current)?.stage) return undefined;
      moved.current = true;
      return over
        ? t("over", { name: name(active.data.current), stage: label(String(over.id)) })
        : t("notOver", { name: name(active.data.current) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? t("dropped", { name: name(active.data.current), stage: label(String(over.id)) })
        : t("cancelled", { name: name(active.data.current), stage: home(active.data.current) }),
    onDragCancel: ({ active }) => t("cancelled", { name: name(active.data.current), stage: home(active.data.current) }),
  };
}
