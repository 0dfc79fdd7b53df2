import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffOrder } from "@/server/orders/staff-queries";
import { getOrderUpdateText } from "@/components/journey/order-update-words";
import { Badge } from "@/components/ui/badge";
import { CLOCK } from "@/lib/date-time-format";

/** Everything filed on this order — updates we sent, the customer's questions, our answers — newest first. */
export async function OrderMessages({ touchpoints }: { touchpoints: StaffOrder["touchpoints"] }) {
  const [t, format, orderUpdateText] = await Promise.all([
    getTranslations("orderStatus"),
    getFormatter(),
    getOrderUpdateText(),
  ]);
  if (touchpoints.length === 0) return <p className="text-sm text-ink-muted">{t("staff.timelineEmpty")}</p>;
  return (
    <ol className="flex flex-col divide-y divide-line" data-testid="order-messages">
      {touchpoints.map((tp) => (
        <li key={tp.id} className="py-2 text-sm first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={tp.direction === "INBOUND" ? "warm" : "neutral"}>
              {t(tp.direction === "INBOUND" ? "staff.inbound" : "staff.outbound")}
            </Badge>
            {tp.fromPortal ? <Badge tone="accent">{t("staff.fromPortal")}</Badge> : null}
            <span className="text-xs text-ink-subtle">
              <time dateTime={tp.occurredAt.toISOString()}>
                {format.dateTime(tp.occurredAt, {
                  day: "numeric",
                  month: "short",
                  year: "numeric",
                  ...CLOCK,
                })}
              </time>
              {tp.actor ? ` · ${tp.actor.name}` : null}
            </span>
          </div>
          <p className="mt-1 break-words whitespace-pre-line">{tp.followUp?.note || orderUpdateText(tp.summary)}</p>
        </li>
      ))}
    </ol>
  );
}
