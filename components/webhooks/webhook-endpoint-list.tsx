import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { eventTypeKey } from "@/lib/webhooks/events";
import type { WebhookEndpointRow } from "@/server/webhooks/queries";
import { CopyField } from "@/components/settings/copy-field";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { GlobeIcon } from "@/components/ui/icons";
import { WebhookEndpointActions } from "./webhook-endpoint-actions";

/** The endpoints: URL and state on top, events, the secret, the buttons, and the way to the log. */
export async function WebhookEndpointList({ endpoints, now }: { endpoints: WebhookEndpointRow[]; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("webhooks"), getFormatter()]);
  if (endpoints.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 px-6 py-10 text-center">
        <div className="mb-1 flex size-10 items-center justify-center rounded-full bg-gray-100 text-ink-muted [&_svg]:size-5">
          <GlobeIcon />
        </div>
        <h3 className="text-base font-semibold text-ink">{t("emptyTitle")}</h3>
        <p className="max-w-sm text-sm text-ink-muted">{t("emptyBody")}</p>
      </div>
    );
  }
  const date = (at: Date) => format.dateTime(at, DATE_AND_TIME);
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-line">
      {endpoints.map((endpoint) => {
        const host = new URL(endpoint.url).host;
        return (
          <li key={endpoint.id} className="flex flex-col gap-3 px-4 py-4" data-testid="webhook-endpoint">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0 flex-1">
                <p className="font-mono text-sm break-all text-ink">{endpoint.url}</p>
                {endpoint.description ? <p className="mt-0.5 text-sm text-ink-muted">{endpoint.description}</p> : null}
                <p className="mt-1 text-xs text-ink-muted tabular-nums">
                  {t("createdBy", { name: endpoint.createdByName ?? "—", date: date(endpoint.createdAt) })}
                  {endpoint.consecutiveFailures > 0
                    ? ` · ${t("failuresInRow", { count: endpoint.consecutiveFailures })}`
                    : null}
                </p>
              </div>
              {endpoint.enabled ? (
                <Badge tone="answered">{t("on")}</Badge>
              ) : (
                <Badge tone={endpoint.disabledReason === "failing" ? "breached" : "neutral"} wrap>
                  {endpoint.disabledReason === "failing"
                    ? t("offFailing")
                    : endpoint.disabledAt
                      ? t("offSince", { date: date(endpoint.disabledAt) })
                      : t("off")}
                </Badge>
              )}
            </div>
            <ul aria-label={t("events")} className="flex flex-wrap gap-1.5">
              {endpoint.events.map((type) => (
                <li key={type}>
                  <Badge title={type}>{t(`eventTypes.${eventTypeKey(type)}`)}</Badge>
                </li>
              ))}
            </ul>
            <div className="max-w-xl">
              <CopyField label={t("secret")} value={endpoint.secret} />
              <p className="text-xs text-ink-muted">
                {t("secretHint")}
                {endpoint.previousSecretUntil && endpoint.previousSecretUntil > now
                  ? ` ${t("previousSecretUntil", { date: date(endpoint.previousSecretUntil) })}`
                  : null}
              </p>
            </div>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <WebhookEndpointActions id={endpoint.id} host={host} enabled={endpoint.enabled} />
              <Link
                href={`/settings/webhooks?endpoint=${endpoint.id}#webhook-log`}
                className={buttonClasses("ghost", "sm")}
              >
                {t("showLog")}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
