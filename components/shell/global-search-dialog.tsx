"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { Dialog as DialogPrimitive } from "radix-ui";
import { LoaderIcon, SearchIcon, XIcon } from "@/components/ui/icons";
import { cn } from "@/lib/cn";
import { useTypeahead } from "@/components/ui/use-typeahead";
import { GLOBAL_SEARCH_MIN, type GlobalSearchResult } from "@/lib/search/result";
import { SEARCH_TEXT_MAX } from "@/lib/search/text-limit";
import { searchOptions, type SearchOption } from "./search-options";
import { optionId, SearchResults } from "./search-results";

// The search dialog behind the top bar's search button (./global-search.tsx), loaded when it is
// first opened: Radix's dialog, focus trap and scroll lock are not needed for a page's first paint.

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Focus goes back here on close (the button that opened it). */
  returnFocus: () => void;
};

export function GlobalSearchDialog({ open, onOpenChange, returnFocus }: Props) {
  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      {open ? <SearchDialog onDone={() => onOpenChange(false)} returnFocus={returnFocus} /> : null}
    </DialogPrimitive.Root>
  );
}

function SearchDialog({ onDone, returnFocus }: { onDone: () => void; returnFocus: () => void }) {
  const t = useTranslations("search");
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const q = text.trim();
  const state = useTypeahead<GlobalSearchResult>("/api/search", q.length < GLOBAL_SEARCH_MIN ? null : q);
  const shown = state.status === "done" || state.status === "loading" ? state.result : null;
  const shownQ = state.status === "done" || state.status === "loading" ? (state.q ?? "") : "";
  const options = shown ? searchOptions(shown, shownQ) : [];
  const current = Math.min(active, options.length - 1);

  const pick = (option: SearchOption) => {
    onDone();
    router.push(option.href);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!options.length) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((current + moves[event.key] + options.length) % options.length);
    } else if (event.key === "Home" || event.key === "End") {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setActive(event.key === "Home" ? 0 : options.length - 1);
    } else if (event.key === "Enter" && current >= 0) {
      event.preventDefault();
      pick(options[current]);
    }
  };

  const count = shown ? options.filter((o) => o.kind !== "seeAll").length : 0;
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-gray-950/40 data-[state=open]:animate-fade-in" />
      <DialogPrimitive.Content
        aria-describedby={undefined}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus();
        }}
        className={cn(
          "fixed inset-0 z-50 flex flex-col bg-surface shadow-xl data-[state=open]:animate-pop-in",
          "md:inset-auto md:top-[12vh] md:left-1/2 md:max-h-[70vh] md:w-[40rem] md:-translate-x-1/2 md:rounded-lg md:border md:border-line",
        )}
      >
        <DialogPrimitive.Title className="sr-only">{t("title")}</DialogPrimitive.Title>
        <div className="flex items-center gap-2 border-b border-line px-4">
          {state.status === "loading" ? (
            <LoaderIcon className="size-5 animate-spin text-ink-subtle" aria-hidden />
          ) : (
            <SearchIcon className="size-5 text-ink-subtle" aria-hidden />
          )}
          <input
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={options.length && current >= 0 ? optionId(listId, current) : undefined}
            aria-label={t("label")}
            placeholder={t("placeholder")}
            autoComplete="off"
            spellCheck={false}
            maxLength={SEARCH_TEXT_MAX}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            className="h-14 min-w-0 flex-1 bg-transparent text-base text-ink outline-none placeholder:text-ink-subtle"
          />
          <DialogPrimitive.Close
            aria-label={t("close")}
            className="inline-flex size-11 items-center justify-center rounded-md text-ink-subtle hover:bg-gray-100 hover:text-ink"
          >
            <XIcon className="size-5" aria-hidden />
          </DialogPrimitive.Close>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto">
          {options.length ? (
            <SearchResults
              listId={listId}
              options={options}
              active={current}
              q={shownQ}
              onHover={setActive}
              onPick={pick}
            />
          ) : (
            <p className="px-4 py-6 text-sm text-ink-muted">
              {state.status === "error"
                ? t("failed")
                : state.status === "done"
                  ? t("noResults", { q: state.q })
                  : text.trim().length < GLOBAL_SEARCH_MIN
                    ? t("hint")
                    : t("searching")}
            </p>
          )}
        </div>
        <p aria-live="polite" className="sr-only">
          {state.status === "done" ? t("count", { count }) : ""}
        </p>
        <p className="hidden border-t border-line px-4 py-2 text-xs text-ink-subtle md:block">{t("keys")}</p>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
