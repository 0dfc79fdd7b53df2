"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ChevronDownIcon } from "@/components/ui/icons";
import { useDeferred } from "@/components/ui/use-deferred";
import type { SegmentSummary } from "@/server/customers/segments";

const loadDropdown = () => import("./segment-menu-dropdown");

/** Saved segments. The menu and its save dialog load when the button is first pressed. */
export function SegmentMenu({ segments, current }: { segments: SegmentSummary[]; current: SegmentSummary | null }) {
  const t = useTranslations("customerList.segments");
  const { module, triggerProps } = useDeferred(loadDropdown);
  if (module) return <module.SegmentMenuDropdown segments={segments} current={current} />;
  return (
    <div className="flex items-center gap-2">
      <Button variant="secondary" {...triggerProps}>
        {t("menu")}
        <ChevronDownIcon className="size-4" />
      </Button>
    </div>
  );
}
