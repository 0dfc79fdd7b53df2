import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import type { JourneyEntry } from "@/server/customers/journey-queries";
import { Badge } from "@/components/ui/badge";
import { getOrderUpdateText } from "./order-update-words";
import { channelIcon, directionIcon } from "./timeline-icons";
import { CLOCK } from "@/lib/date-time-format";

const STATUS_TONE = {
  QUEUED: "neutral",
  SENDING: "neutral",
  SENT: "answered",
  SKIPPED: "due",
  FAILED: "breached",
  BOUNCED: "breached",
  RECEIVED: "neutral",
} as const;

/** One touchpoint: channel icon on the line, what happened, then direction, phase and owner as tags. */
export async function TimelineItem({
  entry,
  leadId,
  timeZone,
}: {
  entry: JourneyEntry;
  leadId?: string;
  timeZone: string;
}) {
  const [t, tf, to, tm, format, orderUpdateText] = await Promise.all([
    getTranslations("journey"),
    getTranslations("followUp"),
    getTranslations("orderStatus"),
    getTranslations("messaging.status"),
    getFormatter(),
    getOrderUpdateText(),
  ]);
  const message = entry.message;
  const outbound = entry.direction === "OUTBOUND";
  const followUp = entry.followUp;
  // A logged follow-up reads in the reader's language; other touchpoints carry their source's summary.
  const title = followUp
    ? `${tf(`types.${followUp.type}`)} · ${tf(`outcomes.${followUp.outcome}`)}`
    : t(`kinds.${entry.kind}`);
  const body = followUp ? followUp.note : message ? message.body : orderUpdateText(entry.summary);
  return (
    <li
      className="timeline-entry"
      data-testid="timeline-entry"
      data-kind={entry.kind}
      data-channel={entry.channel}
      data-direction={entry.direction}
    >
      {/* The look of an entry's parts is in app/globals.css: thirty entries to a page. */}
      <span
        className={cn("timeline-dot", channelIcon(entry.channel), outbound && "timeline-dot-out")}
        title={t(`channels.${entry.channel}`)}
      >
        <span className="sr-only">{t(`channels.${entry.channel}`)}</span>
      </span>
      <div className="timeline-head">
        <p className="font-medium text-ink">{title}</p>
        <time dateTime={entry.occurredAt.toISOString()} className="text-xs text-ink-muted">
          {format.dateTime(entry.occurredAt, { timeZone, ...CLOCK })}
        </time>
      </div>
      {message?.subject ? <p className="mt-0.5 text-sm font-medium text-ink">{message.subject}</p> : null}
      {body ? <p className="timeline-body">{body}</p> : null}
      {followUp?.nextFollowUpAt ? (
        <p className="mt-0.5 text-xs text-ink-muted">
          {t("nextFollowUp", {
            when: format.dateTime(followUp.nextFollowUpAt, {
              timeZone,
              weekday: "short",
              day: "numeric",
              month: "short",
              ...CLOCK,
            }),
          })}
        </p>
      ) : null}
      <div className="timeline-meta">
        <span className={cn("timeline-direction", directionIcon(entry.direction))}>
          {t(`directions.${entry.direction}`)}
        </span>
        {entry.actor ? <span>· {t("by", { name: entry.actor.name })}</span> : null}
        {message && message.status !== "RECEIVED" ? (
          <Badge tone={STATUS_TONE[message.status]} data-testid="message-status" title={message.error ?? undefined}>
            {tm(message.status)}
          </Badge>
        ) : null}
        {entry.campaign ? <span>· {entry.campaign.name}</span> : null}
        <Badge tone="accent">{t(`phases.${entry.phase}`)}</Badge>
        <Badge tone="neutral">{t(`owners.${entry.owner}`)}</Badge>
        {entry.order ? (
          <Link
            href={`/customers/${entry.order.customerId}/orders/${entry.order.id}`}
            className="font-medium text-accent-700 hover:underline"
          >
            {to("openOrder", { number: entry.order.number })}
          </Link>
        ) : null}
        {leadId && entry.leadId === leadId ? (
          <Badge tone="neutral" className="border-dashed bg-surface">
            {t("thisLead")}
          </Badge>
        ) : null}
      </div>
    </li>
  );
}
