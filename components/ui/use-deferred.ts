"use client";

import { useCallback, useState, type KeyboardEvent, type PointerEvent } from "react";

// Menus and dialogs are needed only once someone opens them, yet Radix's menu
// with its positioning, focus trap and scroll lock is some 30 kB of a page's
// first JavaScript. A component can stand in with a plain trigger that looks
// the same: hover or focus starts loading the real one, and pressing it swaps
// the real one in, already open.

type Entry = { promise: Promise<unknown>; value?: unknown };
const entries = new Map<() => Promise<unknown>, Entry>();

function start(load: () => Promise<unknown>): Entry {
  const known = entries.get(load);
  if (known) return known;
  const entry: Entry = { promise: load() };
  entry.promise.then(
    (value) => (entry.value = value),
    // Offline: forget it, so the next press tries again.
    () => entries.delete(load),
  );
  entries.set(load, entry);
  return entry;
}

/**
 * Loads a module once (`load` a stable, module-level function) and hands every caller the same
 * promise; a failed load (offline) is forgotten, so the next call tries again.
 */
export function loadOnce<M>(load: () => Promise<M>): Promise<M> {
  return start(load).promise as Promise<M>;
}

/**
 * `module` is null until the trigger is pressed (and the module has loaded);
 * spread `triggerProps` on the stand-in trigger. `load` must be a stable,
 * module-level function.
 */
export function useDeferred<M>(load: () => Promise<M>, popup: "menu" | "dialog" = "menu") {
  const [module, setModule] = useState<M | null>(null);
  const preload = useCallback(() => void start(load), [load]);
  const activate = useCallback(() => {
    const entry = start(load);
    if (entry.value) setModule(entry.value as M);
    else
      entry.promise.then(
        (value) => setModule(value as M),
        () => {},
      );
  }, [load]);
  const triggerProps = {
    "aria-haspopup": popup,
    "aria-expanded": false,
    onPointerEnter: preload,
    onFocus: preload,
    // As Radix's own trigger does: a menu opens on pointer down, a dialog on click.
    ...(popup === "menu"
      ? {
          onPointerDown: (event: PointerEvent) => {
            if (event.button === 0 && !event.ctrlKey) activate();
          },
          onKeyDown: (event: KeyboardEvent) => {
            if (event.key !== "Enter" && event.key !== " " && event.key !== "ArrowDown") return;
            event.preventDefault();
            activate();
          },
        }
      : { onClick: activate }),
  } as const;
  return { module, triggerProps };
}
