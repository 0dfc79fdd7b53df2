import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { deleteSegmentAction } from "@/server/customers/segment-actions";
import type { SegmentSummary } from "@/server/customers/segments";

// Which segment is open, whether it is a marketing segment (and what that means), and, for its
// owner, a way to delete it.

export async function SegmentBanner({ segment, canSend }: { segment: SegmentSummary; canSend: boolean }) {
  const [t, tSends] = await Promise.all([getTranslations("customerList.segments"), getTranslations("segmentSends")]);
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-line bg-surface px-3 py-2 text-sm"
      data-testid="segment-banner"
    >
      <span className="font-medium text-ink">{t("open", { name: segment.name })}</span>
      {segment.marketing ? <Badge tone="accent">{t("marketingBadge")}</Badge> : null}
      {segment.shared ? <Badge>{t("sharedBadge")}</Badge> : null}
      {segment.mine ? null : <span className="text-ink-muted">{t("by", { name: segment.ownerName })}</span>}
      {segment.marketing ? <span className="text-xs text-ink-muted">{t("marketingRule")}</span> : null}
      {/* Managers send marketing to a marketing segment, and see what became of earlier sends. */}
      {canSend && segment.marketing ? (
        <Link
          href={`/customers/segments/${segment.id}`}
          className="text-sm font-medium text-accent-700 underline-offset-2 hover:underline"
        >
          {tSends("bannerLink")}
        </Link>
      ) : null}
      {segment.mine ? (
        <form action={deleteSegmentAction} className="ml-auto">
          <input type="hidden" name="id" value={segment.id} />
          <button
            type="submit"
            className="text-sm text-ink-muted underline-offset-2 hover:text-danger-fg hover:underline"
          >
            {t("delete")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
