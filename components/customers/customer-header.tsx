import type { ReactNode } from "react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { formatPhone } from "@/lib/format-phone";
import type { CustomerRecord } from "@/server/customers/record-queries";
import { ChevronRightIcon, InfoIcon, MailIcon, PhoneIcon } from "@/components/ui/icons";
import { ConsentBadges } from "./consent-badges";
import { TierBadge } from "./tier-badge";

/** Who the customer is and how to reach them: contact, owner, tier, consent and the leads still open. */
export async function CustomerHeader({ record, actions }: { record: CustomerRecord; actions?: ReactNode }) {
  const [t, tl, format] = await Promise.all([getTranslations("customer"), getTranslations("lead"), getFormatter()]);
  const { customer, openLeads } = record;
  const name = customer.erasedAt ? t("erasedName") : customer.name;
  return (
    <header className="mb-6 flex flex-col gap-4">
      <Link
        href="/customers"
        className="inline-flex items-center gap-1 self-start text-sm text-ink-muted hover:text-ink"
      >
        <ChevronRightIcon className="size-4 rotate-180" />
        {t("backToCustomers")}
      </Link>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words" data-testid="customer-name">
            {name}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
            <TierBadge tier={customer.loyaltyTier} />
            <span>
              {t("customerSince", { date: format.dateTime(customer.createdAt, { year: "numeric", month: "long" }) })}
            </span>
            {customer.externalId ? (
              <span className="break-all" data-testid="customer-external-id">
                {t("externalId", { id: customer.externalId })}
              </span>
            ) : null}
          </p>
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {customer.erasedAt ? (
        <p
          role="status"
          className="flex items-start gap-2 rounded-md border border-line-strong bg-gray-50 px-3 py-2 text-sm text-ink"
          data-testid="erased-notice"
        >
          <InfoIcon className="mt-0.5 size-4 shrink-0 text-ink-muted" aria-hidden />
          {t("erasedNotice", {
            date: format.dateTime(customer.erasedAt, { day: "numeric", month: "long", year: "numeric" }),
          })}
        </p>
      ) : null}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-4 rounded-lg border border-line bg-surface p-4 text-sm sm:grid-cols-2 lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1.2fr)_minmax(0,1.4fr)]">
        <Fact label={t("contact")}>
          {customer.phone || customer.email || customer.city ? (
            <span className="flex min-w-0 flex-col gap-1">
              {customer.phone ? (
                <a
                  href={`tel:${customer.phone}`}
                  className="inline-flex items-center gap-1.5 text-accent-700 hover:underline"
                >
                  <PhoneIcon className="size-3.5 shrink-0" aria-hidden />
                  <span className="sr-only">{t("phone")}: </span>
                  <span className="tabular-nums" data-testid="customer-phone">
                    {formatPhone(customer.phone)}
                  </span>
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
                  <span className="truncate" data-testid="customer-email">
                    {customer.email}
                  </span>
                </a>
              ) : null}
              {customer.city ? (
                <span className="text-ink-muted">
                  <span className="sr-only">{t("city")}: </span>
                  {customer.city}
                </span>
              ) : null}
            </span>
          ) : (
            <span className="text-ink-muted">{t("noContact")}</span>
          )}
        </Fact>
        <Fact label={t("owner")}>
          <span data-testid="customer-owner">
            {customer.owner?.name ?? <span className="text-ink-muted">{t("unassigned")}</span>}
          </span>
          {customer.team ? <span className="block text-ink-muted">{customer.team.name}</span> : null}
        </Fact>
        <Fact label={t("consents")}>
          <ConsentBadges consents={record.consents} />
        </Fact>
        <Fact label={t("openLeads")}>
          {openLeads.length === 0 ? (
            <span className="text-ink-muted">{t("noOpenLeads")}</span>
          ) : (
            <ul className="flex flex-col gap-1.5" data-testid="open-leads">
              {openLeads.map((lead) => (
                <li key={lead.id} className="min-w-0">
                  {lead.canOpen ? (
                    <Link
                      href={`/leads/${lead.id}`}
                      className="block truncate font-medium text-accent-700 hover:underline"
                      title={lead.interest}
                    >
                      {lead.interest}
                    </Link>
                  ) : (
                    <span className="block truncate font-medium" title={lead.interest}>
                      {lead.interest}
                    </span>
                  )}
                  <span className="text-xs text-ink-muted">
                    {t("leadOwner", {
                      stage: tl(`stages.${lead.stage}` as "stages.NEW"),
                      owner: lead.ownerName ?? t("unassigned"),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      {customer.notes ? (
        <section aria-labelledby="customer-notes" className="rounded-lg border border-line bg-surface p-4 text-sm">
          <h2 id="customer-notes" className="text-xs font-medium text-ink-muted">
            {t("notes")}
          </h2>
          <p className="mt-1 break-words whitespace-pre-line text-ink" data-testid="customer-notes">
            {customer.notes}
          </p>
        </section>
      ) : null}
    </header>
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
