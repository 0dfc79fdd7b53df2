"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { BellIcon } from "@/components/ui/icons";
import { cn } from "@/lib/cn";
import { markNotificationsReadAction } from "@/server/notifications/actions";
import { setUnread, useUnread } from "./unread-store";

// The bell in the top bar: the unread count, kept current by ./unread-store.ts. Pressing it opens
// the newest notifications; each opens its lead and is marked read. A plain panel rather than a
// Radix popover: the bell is on every staff page, and a disclosure with Escape and click-outside
// needs no positioning engine.

type Item = { id: string; text: string; href: string | null; createdAt: string; read: boolean };

export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("bell");
  const router = useRouter();
  const { count: unread, arrived } = useUnread(initialUnread);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Item[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [, startTransition] = useTransition();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const response = await fetch("/api/notifications?limit=8", { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { rows: Item[]; unread: number };
      setItems(body.rows);
      setUnread(body.unread, { seen: true });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close(true);
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, close]);

  const toggle = () => {
    if (open) return close(false);
    setOpen(true);
    setUnread(unread, { seen: true });
    void load();
  };

  const markAll = () =>
    startTransition(async () => {
      const result = await markNotificationsReadAction({ all: true });
      if (!result.ok) return;
      setUnread(result.unread ?? 0, { seen: true });
      setItems((current) => current?.map((item) => ({ ...item, read: true })) ?? null);
    });

  const openItem = (item: Item) => {
    setOpen(false);
    if (!item.read) {
      setUnread(Math.max(0, unread - 1), { seen: true });
      void markNotificationsReadAction({ ids: [item.id] }).then(
        (r) => r.ok && setUnread(r.unread ?? 0, { seen: true }),
      );
    }
    if (item.href) router.push(item.href);
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${t("label")}: ${t("unread", { count: unread })}`}
        onClick={toggle}
        className="relative flex size-9 items-center justify-center rounded-md text-ink-muted hover:bg-gray-100 hover:text-ink"
      >
        <BellIcon className="size-5" />
        {unread > 0 ? (
          <span
            aria-hidden
            data-testid="bell-count"
            className="absolute -top-0.5 -right-0.5 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-danger-fg px-1 text-[0.6875rem] leading-none font-semibold text-white tabular-nums"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      <span role="status" className="sr-only">
        {arrived > 0 ? t("arrived", { count: arrived }) : ""}
      </span>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-label={t("label")}
          className="fixed inset-x-2 top-14 z-50 rounded-lg border border-line bg-surface text-sm shadow-lg animate-pop-in md:absolute md:inset-x-auto md:top-11 md:right-0 md:w-96"
        >
          <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2.5">
            <h2 className="font-semibold text-ink">{t("label")}</h2>
            <button
              type="button"
              onClick={markAll}
              disabled={unread === 0}
              className="rounded px-2 py-1 text-accent-700 hover:bg-accent-50 disabled:text-ink-subtle disabled:hover:bg-transparent"
            >
              {t("markAllRead")}
            </button>
          </div>
          <BellList items={items} failed={failed} onOpen={openItem} emptyText={t("empty")} errorText={t("loadError")} />
          <div className="flex items-center justify-between gap-2 border-t border-line px-4 py-2.5">
            <Link href="/notifications" onClick={() => setOpen(false)} className="text-accent-700 hover:underline">
              {t("seeAll")}
            </Link>
            <Link
              href="/account/notifications"
              onClick={() => setOpen(false)}
              className="text-ink-muted hover:text-ink hover:underline"
            >
              {t("settings")}
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function BellList(props: {
  items: Item[] | null;
  failed: boolean;
  onOpen: (item: Item) => void;
  emptyText: string;
  errorText: string;
}) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  if (props.failed) return <p className="px-4 py-6 text-ink-muted">{props.errorText}</p>;
  if (!props.items)
    return (
      <ul aria-busy className="space-y-2 px-4 py-4">
        {[0, 1, 2].map((i) => (
          <li key={i} className="h-9 animate-pulse rounded bg-gray-100" />
        ))}
      </ul>
    );
  if (props.items.length === 0) return <p className="px-4 py-6 text-ink-muted">{props.emptyText}</p>;
  return (
    <ul className="max-h-[60dvh] overflow-y-auto py-1">
      {props.items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            onClick={() => props.onOpen(item)}
            className="flex w-full items-start gap-3 px-4 py-2.5 text-left hover:bg-gray-50 focus-visible:bg-gray-50"
          >
            <span
              aria-hidden
              className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-accent-500")}
            />
            <span className="min-w-0 flex-1">
              <span className={cn("block", item.read ? "text-ink-muted" : "font-medium text-ink")}>{item.text}</span>
              <time dateTime={item.createdAt} className="block text-xs text-ink-subtle">
                {format.relativeTime(new Date(item.createdAt), now)}
              </time>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
