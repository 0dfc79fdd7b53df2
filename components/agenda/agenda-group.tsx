import crypto from "node:crypto";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AgendaGroup, AgendaRow } from "@/server/agenda/agenda-queries";
import type { AgendaGroupKey } from "@/lib/agenda-options";
import { utcToLocalDateTime } from "@/lib/validation/local-date-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ClockIcon } from "@/components/ui/icons";
import { AgendaRowActions, type RescheduleChoiceOption } from "./agenda-row-actions";

// One group of the day: its heading and count, at most AGENDA_GROUP_LIMIT rows, and the way to the
// rest in the lead list. Where the list can filter the same way, the link promises the same count;
// where it cannot (follow-ups later today, clocks running out today) it only opens the list, sorted
// by what is due first, and names no number the list would not show.

const SEE_ALL: Record<AgendaGroupKey, { query: string; same: boolean }> = {
  overdue: { query: "&overdue=1", same: true },
  today: { query: "&sort=sla", same: false },
  questions: { query: "&sort=waiting", same: true },
  soon: { query: "&sort=sla", same: false },
};

type Props = {
  group: AgendaGroupKey;
  data: AgendaGroup;
  when: (at: Date) => string;
  now: Date;
  timeZone: string;
  minDateTime: string;
  choices: RescheduleChoiceOption[];
  listScope: string;
};

export async function AgendaGroupSection({ group, data, when, now, listScope, ...rowProps }: Props) {
  const t = await getTranslations("agenda");
  const headingId = `agenda-${group}`;
  return (
    <section aria-labelledby={headingId} data-testid={`agenda-${group}`}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold text-ink">
          {t(`groups.${group}`)} <span className="font-normal text-ink-muted tabular-nums">({data.total})</span>
        </h2>
        <p className="text-sm text-ink-muted">{t(`groupHints.${group}`)}</p>
      </div>
      <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface">
        {data.rows.map((row) => (
          <li key={row.leadId} data-testid="agenda-row" className="flex flex-col gap-2 px-4 py-3">
            <RowFacts row={row} group={group} when={when} now={now} />
            <AgendaRowActions
              leadId={row.leadId}
              version={row.version}
              customerName={row.customerName}
              idempotencyKey={crypto.randomUUID()}
              plannedDateTime={
                row.nextFollowUpAt && Date.parse(row.nextFollowUpAt) > now.getTime()
                  ? utcToLocalDateTime(new Date(row.nextFollowUpAt), rowProps.timeZone)
                  : null
              }
              {...rowProps}
            />
          </li>
        ))}
      </ul>
      {data.total > data.rows.length ? (
        <p className="mt-2 text-sm">
          <span className="text-ink-muted">{t("showing", { shown: data.rows.length, count: data.total })} · </span>
          <Link
            className="font-medium text-accent-700 underline-offset-2 hover:underline"
            href={`/leads?${listScope}${SEE_ALL[group].query}`}
          >
            {SEE_ALL[group].same ? t("seeAll", { count: data.total }) : t("openList")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

async function RowFacts({
  row,
  group,
  when,
  now,
}: {
  row: AgendaRow;
  group: AgendaGroupKey;
  when: (at: Date) => string;
  now: Date;
}) {
  const t = await getTranslations("agenda.row");
  const facts: { text: string; tone: BadgeTone }[] = [];
  const at = (iso: string | null) => (iso ? new Date(iso) : null);
  const followUp = at(row.nextFollowUpAt);
  const due = row.waitingSince ? at(row.slaDueAt) : null;
  if (due) {
    const breached = due.getTime() <= now.getTime();
    facts.push({
      text: t(breached ? "responseBreached" : "responseDue", { time: when(due) }),
      tone: breached ? "breached" : "due",
    });
  }
  if (followUp) {
    const past = followUp.getTime() < now.getTime();
    facts.push({
      text: t(past ? "followUpWas" : "followUpAt", { time: when(followUp) }),
      tone: past ? "breached" : "neutral",
    });
  }
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
      <div className="min-w-0">
        <Link
          href={`/leads/${row.leadId}`}
          className="font-medium text-ink underline-offset-2 hover:underline"
          aria-label={`${t("open")}: ${row.customerName}, ${row.interest}`}
        >
          {row.customerName}
        </Link>
        <span className="text-ink-muted"> · {row.interest}</span>
        {group === "questions" && row.question ? (
          <p className="mt-1 line-clamp-2 text-sm text-ink" title={row.question}>
            “{row.question}”
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-1.5 sm:justify-end">
        {facts.map((f) => (
          <Badge key={f.text} tone={f.tone} icon={<ClockIcon />}>
            {f.text}
          </Badge>
        ))}
      </div>
    </div>
  );
}
