"use client";

import { useRouter } from "next/navigation";
import type { KeyboardEvent, MouseEvent } from "react";

/**
 * A table row that opens a record: click (Ctrl/⌘-click in a new tab), Enter, and ↑/↓ to move between
 * rows. Links inside the row and text selection keep working. Give the row tabIndex={0}.
 */
export function useRowLink(href: (id: string) => string) {
  const router = useRouter();
  return (id: string) => ({
    onClick(event: MouseEvent<HTMLTableRowElement>) {
      if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
      if (event.metaKey || event.ctrlKey) window.open(href(id), "_blank", "noopener");
      else router.push(href(id));
    },
    onKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
      const row = event.currentTarget;
      if (event.key === "Enter") router.push(href(id));
      else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const next = event.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling;
        (next as HTMLElement | null)?.focus();
      }
    },
  });
}
