import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { formatPhone } from "@/lib/format-phone";
import type { LeadDetail } from "@/server/leads/record-queries";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { MailIcon, PhoneIcon } from "@/components/ui/icons";
import { ScoreReasons } from "./score-reasons";
import { CLOCK } from "@/lib/date-time-format";

const STAGE_TONE: Partial<Record<LeadDetail["stage"], BadgeTone>> = { WON: "won", LOST: "lost" };

/**
 * The answers a rep needs before calling: how to reach them, where the lead came from and stands, and why it scores.
 */
export async function LeadFacts({ lead, now, timeZone }: { lead: LeadDetail; now: Date; timeZone: string }) {
  const [t, tj, format] = await Promise.all([getTranslations("lead"), getTranslations("journey"), getFormatter()]);
  const { customer } = lead;
  const next = lead.nextFollowUpAt;
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 text-sm sm:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <Fact label={t("contact")} className="col-span-2 sm:col-span-1">
          {customer.phone || customer.email ? (
            <span className="flex min-w-0 flex-col gap-1">
              {customer.phone ? (
                <a
                  href={`tel:${customer.phone}`}
                  className="inline-flex items-center gap-1.5 text-accent-700 hover:underline"
                >
                  <PhoneIcon className="size-3.5 shrink-0" aria-hidden />
                  <span className="sr-only">{t("phone")}: </span>
                  <span className="tabular-nums">{formatPhone(customer.phone)}</span>
                </a>
              ) : null}
              {customer.email ? (
                <a
                  href={`mailto:${customer.email}`}
                  className="inline-flex min-w-0 items-center gap-1.5 text-accent-700 hover:underline"
                  title={customer.email}
                >
                  <MailIcon className="size-3.5 shrink-0" aria-hidden />
                  <span className="sr-only">{t("email")}: </span>
                  <span className="truncate">{customer.email}</span>
                </a>
              ) : null}
            </span>
          ) : (
            <span className="text-ink-muted">{t("noContact")}</span>
          )}
        </Fact>
        <Fact label={t("source")}>
          {tj(`channels.${lead.sourceChannel}`)}
          {lead.campaign ? (
            <span className="block text-ink-muted">{t("campaign", { name: lead.campaign.name })}</span>
          ) : null}
        </Fact>
        <Fact label={t("stage")}>
          <Badge tone={STAGE_TONE[lead.stage] ?? "neutral"} data-testid="lead-stage">
            {t(`stages.${lead.stage}`)}
          </Badge>
          {lead.stage === "LOST" && (lead.lostReasonRef || lead.lostReason) ? (
            // The managers' reason, then the rep's own words when both were given.
            <span className="mt-1 block text-ink-muted" data-testid="lead-lost-reason">
              {t("lostBecause", {
                reason: [lead.lostReasonRef?.label, lead.lostReason].filter(Boolean).join(" — "),
              })}
            </span>
          ) : null}
        </Fact>
        <Fact label={t("owner")}>
          <span data-testid="lead-owner">
            {lead.owner?.name ?? <span className="text-ink-muted">{t("unassigned")}</span>}
          </span>
        </Fact>
        <Fact label={t("nextFollowUp")}>
          {next ? (
            <span className="flex flex-col">
              <time dateTime={next.toISOString()} data-testid="next-follow-up">
                {format.dateTime(next, {
                  timeZone,
                  weekday: "short",
                  day: "numeric",
                  month: "short",
                  ...CLOCK,
                })}
              </time>
              <span className={next < now ? "font-medium text-breached-fg" : "text-ink-muted"}>
                {format.relativeTime(next, now)}
                {next < now ? ` · ${t("followUpOverdue")}` : ""}
              </span>
            </span>
          ) : (
            <span className="text-ink-muted" data-testid="next-follow-up">
              {t("noNextFollowUp")}
            </span>
          )}
        </Fact>
      </dl>
      <div className="border-t border-line pt-4">
        <ScoreReasons score={lead.score} now={now} />
      </div>
    </div>
  );
}

function Fact({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn("min-w-0", className)}>
      <dt className="text-xs font-medium text-ink-muted">{label}</dt>
      <dd className="mt-1 text-ink">{children}</dd>
    </div>
  );
}
