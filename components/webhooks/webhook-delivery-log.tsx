import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { eventTypeKey } from "@/lib/webhooks/events";
import type { WebhookDeliveryRow } from "@/server/webhooks/queries";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ClockIcon } from "@/components/ui/icons";
import { ReplayDeliveryButton } from "./replay-delivery-button";

const TONE: Record<WebhookDeliveryRow["state"], BadgeTone> = {
  QUEUED: "due",
  SENDING: "due",
  DELIVERED: "answered",
  FAILED: "breached",
  SKIPPED: "neutral",
};
const SETTLED = new Set(["DELIVERED", "FAILED", "SKIPPED"]);

/** One endpoint's deliveries: a table from sm up, one card per delivery on a phone. */
export async function WebhookDeliveryLog({ rows }: { rows: WebhookDeliveryRow[] }) {
  const [t, format] = await Promise.all([getTranslations("webhooks.log"), getFormatter()]);
  const tEvents = await getTranslations("webhooks.eventTypes");
  if (rows.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 px-6 py-10 text-center">
        <div className="mb-1 flex size-10 items-center justify-center rounded-full bg-gray-100 text-ink-muted [&_svg]:size-5">
          <ClockIcon />
        </div>
        <h3 className="text-base font-semibold text-ink">{t("emptyTitle")}</h3>
        <p className="max-w-sm text-sm text-ink-muted">{t("emptyBody")}</p>
      </div>
    );
  }
  const date = (at: Date) => format.dateTime(at, DATE_AND_TIME);
  return (
    <table className="w-full text-sm" aria-label={t("label")}>
      <thead className="hidden border-b border-line text-left text-xs text-ink-muted sm:table-header-group">
        <tr>
          <th scope="col" className="px-4 py-2 font-medium">
            {t("event")}
          </th>
          <th scope="col" className="px-2 py-2 font-medium">
            {t("state")}
          </th>
          <th scope="col" className="px-2 py-2 text-right font-medium">
            {t("status")}
          </th>
          <th scope="col" className="px-2 py-2 text-right font-medium">
            {t("attempts")}
          </th>
          <th scope="col" className="px-2 py-2 font-medium">
            {t("time")}
          </th>
          <th scope="col" className="px-4 py-2">
            <span className="sr-only">{t("replay")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => {
          const event = tEvents(eventTypeKey(row.eventType));
          return (
            <tr
              key={row.id}
              data-testid="webhook-delivery"
              data-state={row.state}
              className="grid grid-cols-2 gap-x-3 gap-y-1 px-4 py-3 sm:table-row sm:p-0"
            >
              <td className="col-span-2 sm:px-4 sm:py-2">
                <span className="font-medium text-ink">{event}</span>{" "}
                <code className="font-mono text-xs text-ink-muted">{row.eventType}</code>
                {row.replayOfId ? <span className="ml-1 text-xs text-ink-muted">({t("replayOf")})</span> : null}
                {row.lastError ? <p className="text-xs break-words text-ink-muted">{row.lastError}</p> : null}
              </td>
              <td className="sm:px-2 sm:py-2">
                <Badge tone={TONE[row.state]}>{t(`states.${row.state}`)}</Badge>
              </td>
              <td className="text-right tabular-nums sm:px-2 sm:py-2">
                <span className="sr-only sm:hidden">{t("status")}: </span>
                {row.lastStatus ?? <span className="text-ink-muted">{t("noStatus")}</span>}
                {row.responseMs !== null ? (
                  <span className="block text-xs text-ink-muted">{t("ms", { ms: row.responseMs })}</span>
                ) : null}
              </td>
              <td className="tabular-nums sm:px-2 sm:py-2 sm:text-right">
                <span className="text-ink-muted sm:sr-only">{t("attempts")}: </span>
                {row.attempts}
              </td>
              <td className="text-xs text-ink-muted tabular-nums sm:px-2 sm:py-2">
                {date(row.deliveredAt ?? row.createdAt)}
                {row.state === "QUEUED" && row.nextAttemptAt && row.attempts > 0 ? (
                  <span className="block">{t("nextTry", { time: date(row.nextAttemptAt) })}</span>
                ) : null}
              </td>
              <td className="col-span-2 sm:px-4 sm:py-2">
                {SETTLED.has(row.state) ? (
                  <ReplayDeliveryButton
                    deliveryId={row.id}
                    label={t("replayNamed", { event, time: date(row.createdAt) })}
                  />
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
