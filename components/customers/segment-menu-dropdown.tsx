"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ChevronDownIcon } from "@/components/ui/icons";
import type { SegmentSummary } from "@/server/customers/segments";
import { SegmentSaveDialog } from "./segment-save-dialog";

// Saved segments: open one (its filters go into the URL), or save the filters on screen as one.
// Loaded when the menu is first pressed (segment-menu.tsx), and then open.

export function SegmentMenuDropdown({
  segments,
  current,
}: {
  segments: SegmentSummary[];
  current: SegmentSummary | null;
}) {
  const t = useTranslations("customerList.segments");
  const [saving, setSaving] = useState(false);
  const mine = segments.filter((s) => s.mine);
  const shared = segments.filter((s) => !s.mine);
  const item = (s: SegmentSummary) => (
    <DropdownMenuItem key={s.id} asChild>
      <Link href={`/customers${s.search}`} scroll={false} className="justify-between">
        <span className="truncate">{s.name}</span>
        {s.marketing ? <Badge tone="accent">{t("marketingBadge")}</Badge> : null}
      </Link>
    </DropdownMenuItem>
  );
  return (
    <div className="flex items-center gap-2">
      <DropdownMenu defaultOpen>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary">
            {t("menu")}
            <ChevronDownIcon className="size-4" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="max-h-96 w-72 overflow-y-auto">
          {mine.length ? <DropdownMenuLabel>{t("mine")}</DropdownMenuLabel> : null}
          {mine.map(item)}
          {shared.length ? <DropdownMenuLabel>{t("sharedWithYou")}</DropdownMenuLabel> : null}
          {shared.map(item)}
          {segments.length ? null : <p className="px-2 py-1.5 text-sm text-ink-muted">{t("none")}</p>}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setSaving(true)}>{t("saveCurrent")}</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <SegmentSaveDialog
        open={saving}
        onOpenChange={setSaving}
        defaultName={current?.mine ? current.name : undefined}
      />
    </div>
  );
}
