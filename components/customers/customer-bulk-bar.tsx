"use client";

import { useTranslations } from "next-intl";
import type { CustomerListRow } from "@/server/customers/list-queries";
import { bulkAddToSegmentAction, bulkCustomerOwnerAction } from "@/server/bulk/actions";
import { BulkBar, useBulkRun } from "@/components/list/bulk-bar";
import { BulkPick } from "@/components/list/bulk-pick";
import { BulkRepPick } from "@/components/reps/bulk-rep-pick";
import { Button } from "@/components/ui/button";

// The customer list's bulk actions on the selected rows: an owner (a manager picks a rep; a rep
// takes unowned customers for themselves, server/bulk/customer-bulk.ts) and "add to segment"
// (one of the user's own segments, which then holds them whatever its filters say).

export type CustomerBulkOptions = {
  me: string;
  isManager: boolean;
  segments: { id: string; name: string }[];
};

export type CustomerBulkBarProps = {
  selected: CustomerListRow[];
  total: number;
  options: CustomerBulkOptions;
  onSelectAll: () => void;
  onClear: () => void;
};

export function CustomerBulkBar({ selected, total, options, onSelectAll, onClear }: CustomerBulkBarProps) {
  const t = useTranslations("bulk");
  const bulk = useBulkRun();
  const run = (action: Parameters<typeof bulk.run>[0]) => bulk.run(action, onClear);
  const customerIds = selected.map((c) => c.id);
  return (
    <BulkBar count={selected.length} total={total} onSelectAll={onSelectAll} onClear={onClear}>
      {options.isManager ? (
        <BulkRepPick
          label={t("ownerTo")}
          testId="bulk-owner"
          disabled={bulk.pending}
          onApply={(rep) => run(() => bulkCustomerOwnerAction({ customerIds, ownerId: rep.id }))}
        />
      ) : (
        <Button
          size="sm"
          variant="secondary"
          disabled={bulk.pending}
          data-testid="bulk-owner-me"
          onClick={() => run(() => bulkCustomerOwnerAction({ customerIds, ownerId: options.me }))}
        >
          {t("ownerToMe")}
        </Button>
      )}
      {options.segments.length ? (
        <BulkPick
          label={t("segmentTo")}
          testId="bulk-segment"
          options={options.segments.map((s) => ({ value: s.id, label: s.name }))}
          disabled={bulk.pending}
          onApply={(segmentId) => run(() => bulkAddToSegmentAction({ segmentId, customerIds }))}
        />
      ) : (
        <span className="text-xs text-ink-muted">{t("noSegments")}</span>
      )}
    </BulkBar>
  );
}
