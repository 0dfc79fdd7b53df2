"use client";

import { useTranslations } from "next-intl";
import { BULK_STAGES } from "@/lib/bulk/bulk-options";
import type { LeadListRow } from "@/server/leads/list-queries";
import { bulkAddToSegmentAction, bulkAssignLeadsAction, bulkLeadStageAction } from "@/server/bulk/actions";
import { BulkBar, useBulkRun } from "@/components/list/bulk-bar";
import { BulkPick } from "@/components/list/bulk-pick";
import { BulkRepPick } from "@/components/reps/bulk-rep-pick";
import { Button } from "@/components/ui/button";

// The lead list's bulk actions on the selected rows. Who may assign to whom is the server's rule
// (server/bulk/lead-bulk.ts); the bar only offers what it allows: a manager picks a rep, a rep
// takes the leads for themselves. Add to segment puts the leads' customers into one of the user's
// own segments.

export type LeadBulkOptions = {
  me: string;
  isManager: boolean;
  segments: { id: string; name: string }[];
};

export type LeadBulkBarProps = {
  selected: LeadListRow[];
  total: number;
  options: LeadBulkOptions;
  onSelectAll: () => void;
  onClear: () => void;
};

export function LeadBulkBar({ selected, total, options, onSelectAll, onClear }: LeadBulkBarProps) {
  const t = useTranslations("bulk");
  const tl = useTranslations("leadList");
  const bulk = useBulkRun();
  const pending = bulk.pending;
  const run = (action: Parameters<typeof bulk.run>[0]) => bulk.run(action, onClear);
  const leads = selected.map((l) => ({ id: l.id, version: l.version }));
  return (
    <BulkBar count={selected.length} total={total} onSelectAll={onSelectAll} onClear={onClear}>
      {options.isManager ? (
        <BulkRepPick
          label={t("assignTo")}
          testId="bulk-assign"
          disabled={pending}
          onApply={(rep) => run(() => bulkAssignLeadsAction({ leads, ownerId: rep.id }))}
        />
      ) : (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          data-testid="bulk-assign-me"
          onClick={() => run(() => bulkAssignLeadsAction({ leads, ownerId: options.me }))}
        >
          {t("assignToMe")}
        </Button>
      )}
      <BulkPick
        label={t("stageTo")}
        testId="bulk-stage"
        hint={t("stageNote")}
        options={BULK_STAGES.map((s) => ({ value: s, label: tl(`stages.${s}`) }))}
        disabled={pending}
        onApply={(stage) => run(() => bulkLeadStageAction({ leads, stage: stage as (typeof BULK_STAGES)[number] }))}
      />
      {options.segments.length ? (
        <BulkPick
          label={t("segmentTo")}
          testId="bulk-segment"
          options={options.segments.map((s) => ({ value: s.id, label: s.name }))}
          disabled={pending}
          onApply={(segmentId) => run(() => bulkAddToSegmentAction({ segmentId, leadIds: leads.map((l) => l.id) }))}
        />
      ) : null}
    </BulkBar>
  );
}
