import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format-money";
import type { LeadDetail } from "@/server/leads/record-queries";
import { Badge } from "@/components/ui/badge";
import { CheckCircleIcon, InfoIcon } from "@/components/ui/icons";

/**
 * A closed lead's page says so first: won or lost, when, for how much and why, so nobody follows up
 * on a deal that is over. Managers get Reopen (the `action`) on a lost lead.
 */
export async function LeadClosedNotice({
  lead,
  timeZone,
  action,
}: {
  lead: LeadDetail;
  timeZone: string;
  action?: ReactNode;
}) {
  if (lead.stage !== "WON" && lead.stage !== "LOST") return null;
  const [t, format, locale] = await Promise.all([getTranslations("lead"), getFormatter(), getLocale()]);
  const won = lead.stage === "WON";
  const date = lead.closedAt
    ? format.dateTime(lead.closedAt, { timeZone, day: "numeric", month: "long", year: "numeric" })
    : null;
  const Icon = won ? CheckCircleIcon : InfoIcon;
  return (
    <section
      aria-labelledby="lead-closed-title"
      data-testid="lead-closed"
      className="mb-6 flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:items-start sm:justify-between"
    >
      <div className="flex min-w-0 items-start gap-3">
        <Icon
          className={won ? "mt-0.5 size-5 shrink-0 text-won-fg" : "mt-0.5 size-5 shrink-0 text-lost-fg"}
          aria-hidden
        />
        <div className="min-w-0 text-sm">
          <h2 id="lead-closed-title" className="flex flex-wrap items-center gap-2 font-semibold text-ink">
            <Badge tone={won ? "won" : "lost"}>{t(`stages.${lead.stage}`)}</Badge>
            {date ? t(won ? "closedNotice.wonOn" : "closedNotice.lostOn", { date }) : t("closedNotice.closed")}
          </h2>
          <p className="mt-1 text-ink-muted">{t("closedNotice.hint")}</p>
          <dl className="mt-2 flex flex-col gap-1 text-ink">
            <div className="flex flex-wrap gap-x-1.5">
              <dt className="text-ink-muted">{t("closedNotice.value")}</dt>
              <dd className="tabular-nums">{formatMoney(lead.valueMinor, lead.customer.currency, locale as "en")}</dd>
            </div>
            {won ? null : (
              <div className="flex flex-wrap gap-x-1.5">
                <dt className="text-ink-muted">{t("closedNotice.reason")}</dt>
                <dd className="break-words" data-testid="lead-closed-reason">
                  {[lead.lostReasonRef?.label, lead.lostReason].filter(Boolean).join(" — ") || (
                    <span className="text-ink-muted">{t("closedNotice.noReason")}</span>
                  )}
                </dd>
              </div>
            )}
          </dl>
        </div>
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </section>
  );
}
