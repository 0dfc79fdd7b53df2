import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffOrder } from "@/server/orders/staff-queries";
import { CLOCK } from "@/lib/date-time-format";

const DAY = { day: "numeric", month: "short", year: "numeric" } as const;

/** Milestones and date moves, newest first, with who made them and why. */
export async function OrderHistory({ events }: { events: StaffOrder["events"] }) {
  const [t, tm, format] = await Promise.all([
    getTranslations("orderStatus"),
    getTranslations("orders.milestones"),
    getFormatter(),
  ]);
  if (events.length === 0) return <p className="text-sm text-ink-muted">{t("staff.historyEmpty")}</p>;
  const day = (d: Date | null) => (d ? format.dateTime(d, DAY) : t("noDate"));
  return (
    <ol className="flex flex-col divide-y divide-line" data-testid="order-history">
      {events.map((e) => (
        <li key={e.id} className="py-2 text-sm first:pt-0 last:pb-0">
          <p className="font-medium">
            {e.kind === "MILESTONE" && e.milestone
              ? t("staff.eventMilestone", { milestone: tm(e.milestone) })
              : t("staff.eventDate", { from: day(e.fromDate), to: day(e.toDate) })}
          </p>
          {e.reason ? <p className="break-words text-ink-muted">{e.reason}</p> : null}
          <p className="text-xs text-ink-subtle">
            <time dateTime={e.occurredAt.toISOString()}>{format.dateTime(e.occurredAt, { ...DAY, ...CLOCK })}</time>
            {e.actor ? ` · ${t("staff.by", { name: e.actor.name })}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
