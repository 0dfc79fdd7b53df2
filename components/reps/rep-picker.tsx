"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { ChevronDownIcon, LoaderIcon, XIcon } from "@/components/ui/icons";
import { controlClasses, controlHeight } from "@/components/ui/input";
import { useTypeahead } from "@/components/ui/use-typeahead";
import { cn } from "@/lib/cn";
import { REP_SEARCH_LIMIT, repSearchEndpoint, type RepOption } from "@/lib/search/rep-option";
import { SEARCH_TEXT_MAX } from "@/lib/search/text-limit";

// Picking one salesperson of the whole group: a combobox that asks GET /api/reps as the manager
// types (WAI-ARIA combobox with a list popup). A dealer group has some 200 reps; a <select> of all
// of them was every list page's HTML twice over (filter and bulk bar) and a long scroll to use.
// Focus opens the first names; typing narrows; ↑↓ move, Enter picks, Esc puts the field back.
// In a plain GET form the pick travels in a hidden input named `name`.

export type PickedRep = { id: string; name: string };

type Props = {
  /** The input's id, for the field's <label>. */
  id: string;
  value: PickedRep | null;
  onPick?: (rep: PickedRep | null) => void;
  /** A hidden input of this name carries the picked id in a GET form. */
  name?: string;
  placeholder?: string;
  autoFocus?: boolean;
  className?: string;
  testId?: string;
  /** The list opens upwards (a bar at the bottom of the screen). */
  above?: boolean;
  /** Reps who have left are offered too, marked (the dashboard: their numbers stay in the history). */
  former?: boolean;
  /** Only this team's reps. */
  teamId?: string | null;
  /** From FormField: the field's hint and error. */
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
};

export function RepPicker({
  id,
  value,
  onPick,
  name,
  placeholder,
  autoFocus,
  className,
  testId,
  above,
  former,
  teamId,
  ...aria
}: Props) {
  const t = useTranslations("repPicker");
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState(value);
  const [given, setGiven] = useState(value);
  // Another rep from the page (the URL changed) replaces what this field showed. The rep just picked
  // here keeps the name the search gave: the page may not have looked it up yet.
  if (given?.id !== value?.id) {
    setGiven(value);
    if (value?.id !== picked?.id) setPicked(value);
  }
  const [open, setOpen] = useState(false);
  // null: not typing, the field shows the picked name; a string: what is typed.
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const search = useTypeahead<{ reps: RepOption[] }>(
    repSearchEndpoint({ former, teamId }),
    open ? (typed ?? "").trim() : null,
  );
  const reps = search.status === "done" || search.status === "loading" ? (search.result?.reps ?? []) : [];
  const current = Math.min(active, reps.length - 1);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  // For tests: typing before hydration would be lost. Set on the element, not as state (no redraw).
  useEffect(() => box.current?.setAttribute("data-ready", "true"), []);

  const close = () => {
    setOpen(false);
    setTyped(null);
    setActive(0);
  };
  const pick = (rep: PickedRep | null) => {
    setPicked(rep);
    close();
    onPick?.(rep);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (!reps.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + reps.length) % reps.length);
    } else if (event.key === "Enter") {
      // Enter in a GET form would submit the old pick: it picks the highlighted name instead.
      if (!open) return;
      event.preventDefault();
      if (current >= 0 && reps[current]) pick({ id: reps[current].id, name: reps[current].name });
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  };

  const shownText = typed ?? picked?.name ?? "";
  const done = search.status === "done" ? search : null;
  const note =
    search.status === "error"
      ? t("failed")
      : done && !done.result.reps.length
        ? former
          ? t("noMatchAny", { q: done.q })
          : t("noMatch", { q: done.q })
        : !reps.length
          ? t("searching")
          : reps.length >= REP_SEARCH_LIMIT
            ? t("more")
            : null;
  return (
    <div ref={box} className={cn("relative", className)} data-testid={testId}>
      {name ? <input type="hidden" name={name} value={picked?.id ?? ""} /> : null}
      <input
        ref={input}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={aria["aria-describedby"]}
        aria-invalid={aria["aria-invalid"]}
        aria-activedescendant={open && current >= 0 && reps[current] ? `${listId}-${current}` : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={SEARCH_TEXT_MAX}
        placeholder={placeholder ?? t("placeholder")}
        value={shownText}
        onFocus={(e) => {
          e.currentTarget.select();
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={close}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className={cn(controlClasses, controlHeight, "pr-16")}
      />
      <span className="pointer-events-none absolute top-1/2 right-3 flex -translate-y-1/2 items-center text-ink-subtle">
        {open && search.status === "loading" ? (
          <LoaderIcon className="size-4 animate-spin" aria-hidden />
        ) : (
          <ChevronDownIcon className="size-4" aria-hidden />
        )}
      </span>
      {picked && !open ? (
        <button
          type="button"
          aria-label={t("clear")}
          title={t("clear")}
          onClick={() => pick(null)}
          className="absolute top-1/2 right-8 inline-flex size-7 -translate-y-1/2 items-center justify-center rounded-sm text-ink-subtle hover:bg-gray-100 hover:text-ink"
        >
          <XIcon className="size-4" aria-hidden />
        </button>
      ) : null}
      <div
        hidden={!open}
        className={cn(
          "absolute left-0 z-40 w-full min-w-64 overflow-hidden rounded-md border border-line bg-surface shadow-lg",
          above ? "bottom-full mb-1" : "top-full mt-1",
        )}
      >
        <ul id={listId} role="listbox" aria-label={t("list")} className="max-h-72 overflow-y-auto py-1">
          {open
            ? reps.map((rep, i) => (
                <li
                  key={rep.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === current}
                  // Keep the focus in the field: the click picks, the blur would close first.
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => pick({ id: rep.id, name: rep.name })}
                  className="flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 text-sm text-ink aria-selected:bg-accent-50"
                >
                  {/* A long team name gives way first: the rep's name is what is being found. */}
                  <span className="max-w-[70%] shrink-0 truncate">{rep.name}</span>
                  {rep.team || rep.left ? (
                    <span className="min-w-0 truncate text-xs text-ink-muted">
                      {[rep.left ? t("left") : null, rep.team].filter(Boolean).join(" · ")}
                    </span>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
        {open && note ? <p className="border-t border-line px-3 py-2 text-xs text-ink-muted">{note}</p> : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {open && done ? t("count", { count: done.result.reps.length }) : ""}
      </p>
    </div>
  );
}
