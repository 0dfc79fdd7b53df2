"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { markFresh } from "./fresh-leads";

// New inbound leads and changes made by others show up without a reload: every 5 s (only while
// the tab is visible) ask how many leads in my scope changed since the page was rendered, and
// offer to show them. The list itself is refreshed only when the user asks, so rows never jump
// away from under the pointer. A new lead is named with a link (it may sort onto any page of
// the list), and the rows shown by "Show" are marked.

// 5 s, so a new signal shows within the promised 10 s even counting request
// time; one indexed count per open tab every 5 s is cheap.
const POLL_MS = 5_000;

type Changes = {
  count: number;
  changed: { id: string; isNew: boolean }[];
  created: { id: string; customerName: string }[];
};

export function NewLeadsIndicator({ since }: { since: string }) {
  const t = useTranslations("leadList.live");
  const router = useRouter();
  // The count belongs to the render it was counted against: a refreshed page (a new `since`)
  // starts at none without an extra render.
  const [counted, setCounted] = useState<({ since: string } & Changes) | null>(null);
  const current = counted?.since === since ? counted : null;
  const count = current?.count ?? 0;
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch(`/api/leads/changes?since=${encodeURIComponent(since)}`, { cache: "no-store" });
        if (!response.ok) return; // signed out or a blip: the next poll tries again
        const body = (await response.json()) as Changes;
        if (!stopped)
          setCounted({ since, count: body.count, changed: body.changed ?? [], created: body.created ?? [] });
      } catch {
        // Offline for a moment; nothing to show.
      }
    };
    const timer = setInterval(poll, POLL_MS);
    document.addEventListener("visibilitychange", poll);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", poll);
    };
  }, [since]);

  return (
    // From sm up it sits beside the heading, in room kept for it so nothing moves when it comes. On a
    // phone it would wrap onto a line of its own, blank until then: there it floats at the top instead.
    <div role="status" aria-live="polite" className="sm:min-h-9">
      {count > 0 ? (
        <div className="inline-flex items-center gap-3 rounded-full border border-accent-200 bg-accent-50 py-1 pr-1 pl-4 text-sm text-accent-700 shadow-xs animate-fade-in max-sm:fixed max-sm:inset-x-4 max-sm:top-3 max-sm:z-30 max-sm:justify-between max-sm:shadow-md">
          <span>{t("changes", { count })}</span>
          {current?.created.length ? (
            // On a phone only the newest fits beside the count.
            <span className="inline-flex items-center gap-2 [&>a:nth-child(n+2)]:hidden sm:[&>a:nth-child(n+2)]:inline">
              {current.created.map((lead) => (
                <Link
                  key={lead.id}
                  href={`/leads/${lead.id}`}
                  className="max-w-40 truncate font-medium underline underline-offset-2 hover:text-accent-800"
                >
                  {lead.customerName}
                </Link>
              ))}
            </span>
          ) : null}
          <Button
            size="sm"
            pending={isPending}
            onClick={() =>
              startTransition(() => {
                markFresh(current?.changed ?? []);
                router.refresh();
              })
            }
            className="rounded-full"
          >
            {t("show")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
