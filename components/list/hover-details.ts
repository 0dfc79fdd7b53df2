"use client";

import { useCallback, type PointerEvent } from "react";
import { useFormatter } from "next-intl";
import { DATE_AND_TIME } from "@/lib/date-time-format";

// What a list row tells on hover, added when the pointer reaches it rather than written into every
// row: the whole of a text cut short, and a <time>'s full date. Written into fifty rows, those titles
// were 4–7 kB of a list page's HTML, mostly repeating text that was not cut at all. A title set here
// follows its element: a text that no longer overflows loses it, a changed time gets the new date.
// Titles the markup sets itself (a contact's email) are left alone.

/** Elements that cut their text short with an ellipsis (app/globals.css). */
const CUT = ".truncate, .cell-title, .cell-sub, .cell-clip";

const shown = new WeakMap<Element, string>();

/** The table's pointer-over handler. */
export function useHoverDetails(): (event: PointerEvent<HTMLElement>) => void {
  const format = useFormatter();
  return useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const target = event.target as Element;
      const time = target.closest("time");
      const el = time ?? target.closest<HTMLElement>(CUT);
      if (!el || !event.currentTarget.contains(el)) return;
      if (el.hasAttribute("title") && shown.get(el) !== el.getAttribute("title")) return;
      let title: string | null = null;
      if (el instanceof HTMLTimeElement) {
        const at = new Date(el.dateTime);
        if (!Number.isNaN(at.getTime())) title = format.dateTime(at, DATE_AND_TIME);
      } else if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth) {
        title = el.textContent;
      }
      if (title) {
        el.setAttribute("title", title);
        shown.set(el, title);
      } else if (shown.has(el)) {
        el.removeAttribute("title");
        shown.delete(el);
      }
    },
    [format],
  );
}
