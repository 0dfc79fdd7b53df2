import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney, type Currency } from "@/lib/format-money";
import type { CustomerClosedLead } from "@/server/customers/record-closed-leads";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckCircleIcon } from "@/components/ui/icons";

/** Won and lost leads, newest closed first: what the customer bought or turned down, and why. */
export async function CustomerClosedLeads({
  leads,
  currency,
  timeZone,
}: {
  leads: { rows: CustomerClosedLead[]; total: number };
  currency: Currency;
  timeZone: string;
}) {
  const [t, tl, format, locale] = await Promise.all([
    getTranslations("customer.closedLeads"),
    getTranslations("lead"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <Card aria-labelledby="closed-leads-title" data-testid="customer-closed-leads">
      <CardHeader>
        <CardTitle id="closed-leads-title">{t("title")}</CardTitle>
        {leads.total > leads.rows.length ? (
          <span className="text-xs text-ink-muted">{t("shown", { shown: leads.rows.length, total: leads.total })}</span>
        ) : null}
      </CardHeader>
      {leads.rows.length === 0 ? (
        <CardContent>
          <p className="flex items-center gap-2 text-sm text-ink-muted">
            <CheckCircleIcon className="size-4 shrink-0" aria-hidden />
            {t("empty")}
          </p>
        </CardContent>
      ) : (
        <ul className="divide-y divide-line">
          {leads.rows.map((lead) => {
            const reason = [lead.reasonLabel, lead.lostReason].filter(Boolean).join(": ");
            return (
              <li key={lead.id} className="flex flex-col gap-1 px-4 py-3 text-sm" data-testid="customer-closed-lead">
                <div className="flex items-baseline justify-between gap-3">
                  {lead.canOpen ? (
                    <Link
                      href={`/leads/${lead.id}`}
                      className="min-w-0 truncate font-medium text-accent-700 hover:underline"
                      title={lead.interest}
                    >
                      {lead.interest}
                    </Link>
                  ) : (
                    <span className="min-w-0 truncate font-medium" title={lead.interest}>
                      {lead.interest}
                    </span>
                  )}
                  {lead.valueMinor !== null ? (
                    <span className="shrink-0 font-medium tabular-nums">
                      {formatMoney(lead.valueMinor, currency, locale as "en")}
                    </span>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-muted">
                  <Badge tone={lead.outcome === "WON" ? "won" : "lost"}>{tl(`stages.${lead.outcome}`)}</Badge>
                  <span>
                    {t("closed", {
                      date: format.dateTime(lead.closedAt, {
                        timeZone,
                        day: "numeric",
                        month: "short",
                        year: "numeric",
                      }),
                    })}
                  </span>
                </div>
                {lead.outcome === "LOST" && lead.canOpen ? (
                  <p className="text-xs break-words text-ink-muted">
                    {reason ? t("reason", { reason }) : t("noReason")}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
