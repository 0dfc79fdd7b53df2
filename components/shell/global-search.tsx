"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { SearchIcon } from "@/components/ui/icons";
import { loadOnce } from "@/components/ui/use-deferred";
import { cn } from "@/lib/cn";

// The top bar's search (issue 22): Ctrl/Cmd+K anywhere, or "/" when not typing in a field, opens
// a dialog with a combobox over grouped results; arrows move, Enter opens, Esc closes and focus
// returns to the button. On a phone the dialog is a full-screen sheet. The dialog
// (./global-search-dialog.tsx) loads when a pointer or focus first reaches the button, or on the
// first open: it is some 10 kB of every staff page's first JavaScript otherwise.

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);
const noSubscribe = () => () => {};
const loadDialog = () => import("./global-search-dialog");
type DialogModule = Awaited<ReturnType<typeof loadDialog>>;

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** `shortcuts`: this instance listens for the keys (one per page: the desktop bar's, also mounted on phones). */
export function GlobalSearch({ shortcuts = false, compact = false }: { shortcuts?: boolean; compact?: boolean }) {
  const t = useTranslations("search");
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogModule | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const mac = useSyncExternalStore(noSubscribe, isMac, () => false);

  useEffect(() => {
    if (!open || dialog) return;
    let current = true;
    loadOnce(loadDialog).then(
      (module) => current && setDialog(module),
      // Offline: the button stays closed, and the next press tries again.
      () => current && setOpen(false),
    );
    return () => {
      current = false;
    };
  }, [open, dialog]);

  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const k = event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey;
      const slash = event.key === "/" && !event.metaKey && !event.ctrlKey && !event.altKey && !typingIn(event.target);
      if (!k && !slash) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shortcuts]);

  const preload = () => void loadOnce(loadDialog).catch(() => {});
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={compact ? t("open") : undefined}
        aria-keyshortcuts={shortcuts ? "Control+K Meta+K /" : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
        className={cn(
          "inline-flex items-center rounded-md text-sm text-ink-muted hover:bg-gray-100 hover:text-ink",
          compact
            ? "size-11 justify-center"
            : "h-9 w-72 gap-2 border border-line-strong bg-surface px-3 shadow-xs hover:bg-gray-50",
        )}
      >
        <SearchIcon className="size-4" aria-hidden />
        {compact ? null : (
          <>
            <span>{t("open")}</span>
            <kbd className="ml-auto rounded-sm border border-line px-1.5 font-sans text-xs text-ink-subtle">
              {mac ? "⌘ K" : t("shortcut")}
            </kbd>
          </>
        )}
      </button>
      {dialog ? (
        <dialog.GlobalSearchDialog open={open} onOpenChange={setOpen} returnFocus={() => button.current?.focus()} />
      ) : null}
    </>
  );
}
