import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { LeadDetail } from "@/server/leads/record-queries";
import { ChevronRightIcon } from "@/components/ui/icons";
import { LeadSlaBadge } from "./lead-header-sla";

/** Who is waiting and for how long: the name, what they want, and the response clock. */
export async function LeadHeader({ lead, now }: { lead: LeadDetail; now: Date }) {
  const t = await getTranslations("lead");
  return (
    <header className="mb-6 flex flex-col gap-4">
      <Link href="/leads" className="inline-flex items-center gap-1 self-start text-sm text-ink-muted hover:text-ink">
        <ChevronRightIcon className="size-4 rotate-180" />
        {t("backToLeads")}
      </Link>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{lead.customer.name}</h1>
          <p className="mt-1 text-sm text-ink-muted">{lead.interest}</p>
          <Link
            href={`/customers/${lead.customer.id}`}
            className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-accent-700 hover:underline"
            data-testid="open-customer"
          >
            {t("openCustomer")}
            <ChevronRightIcon className="size-4" />
          </Link>
        </div>
        <LeadSlaBadge lead={lead} now={now} className="h-7 self-start px-2.5 text-sm [&_svg]:size-4" />
      </div>
    </header>
  );
}
