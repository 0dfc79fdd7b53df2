"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { markNotificationsReadAction } from "@/server/notifications/actions";
import { setUnread } from "./unread-store";

/** One row of the notifications page: opens its lead, and marks it read on the way. */
export function NotificationLink(props: { id: string; href: string | null; read: boolean; children: ReactNode }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const open = () =>
    startTransition(async () => {
      if (!props.read) {
        const result = await markNotificationsReadAction({ ids: [props.id] });
        if (result.ok) setUnread(result.unread ?? 0, { seen: true });
      }
      if (props.href) router.push(props.href);
      else router.refresh();
    });
  return (
    <button
      type="button"
      onClick={open}
      className="flex w-full items-start gap-3 px-4 py-3 text-left hover:bg-gray-50 focus-visible:bg-gray-50"
    >
      <span
        aria-hidden
        className={cn("mt-1.5 size-2 shrink-0 rounded-full", props.read ? "bg-transparent" : "bg-accent-500")}
      />
      <span className="min-w-0 flex-1">{props.children}</span>
    </button>
  );
}

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const t = useTranslations("bell");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={disabled}
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await markNotificationsReadAction({ all: true });
          if (result.ok) setUnread(0, { seen: true });
          router.refresh();
        })
      }
    >
      {t("markAllRead")}
    </Button>
  );
}
