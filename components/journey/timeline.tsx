import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { JourneyFilters } from "@/lib/validation/journey-filters";
import type { JourneyEntry, JourneyPage } from "@/server/customers/journey-queries";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ClockIcon } from "@/components/ui/icons";
import { TimelineFilters } from "./timeline-filters";
import { TimelineItem } from "./timeline-item";
import { TimelineLegend } from "./timeline-legend";

export type TimelineProps = {
  page: JourneyPage;
  filters: JourneyFilters;
  /** The page the timeline sits on; filter and paging links point here. */
  basePath: string;
  /** Marks the touchpoints that belong to this lead. */
  leadId?: string;
  timeZone: string;
  now: Date;
};

/** A customer's journey: newest first, grouped by day in the reader's time zone, on one vertical line. */
export async function Timeline({ page, filters, basePath, leadId, timeZone, now }: TimelineProps) {
  const [t, format] = await Promise.all([getTranslations("journey"), getFormatter()]);
  const dayKey = (d: Date) => d.toLocaleDateString("en-CA", { timeZone });
  const today = dayKey(now);
  const yesterday = dayKey(new Date(now.getTime() - 86_400_000));
  const dayLabel = (d: Date) => {
    const key = dayKey(d);
    if (key === today) return t("today");
    if (key === yesterday) return t("yesterday");
    return format.dateTime(d, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  };
  const days = groupByDay(page.rows, dayKey);
  const filtered = Boolean(filters.phase || filters.channel);
  // "This lead" only says something when the customer's journey holds touchpoints of other leads too.
  const markLead = leadId && page.rows.some((row) => row.leadId !== leadId) ? leadId : undefined;
  const query = (extra: Record<string, string>) =>
    `${basePath}?${new URLSearchParams({ ...(filters.phase ? { phase: filters.phase } : {}), ...(filters.channel ? { channel: filters.channel } : {}), ...extra })}`;

  return (
    <section aria-labelledby="journey-title" className="flex flex-col gap-4" id="journey">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="journey-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-ink-muted tabular-nums" data-testid="journey-count">
          {t("count", { count: page.total })}
        </p>
      </div>
      <TimelineFilters basePath={basePath} filters={filters} />
      <TimelineLegend />
      {page.rows.length === 0 ? (
        <EmptyState
          icon={<ClockIcon />}
          title={filtered ? t("emptyFiltered") : t("empty")}
          titleAs="h3"
          action={
            filtered ? (
              <Link href={basePath} scroll={false} className={buttonClasses("secondary")}>
                {t("clearFilters")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <div className="relative">
          {/* The one vertical line, through the centre of the channel icons. */}
          <div aria-hidden className="absolute top-4 bottom-4 left-4 w-px -translate-x-1/2 bg-line-strong" />
          <ol className="relative flex flex-col gap-6" data-testid="timeline">
            {days.map(({ key, date, entries }) => (
              <li key={key}>
                <h3 className="mb-3 ml-11 text-xs font-semibold tracking-wide text-ink-muted uppercase">
                  <time dateTime={key}>{dayLabel(date)}</time>
                </h3>
                <ol className="flex flex-col gap-5">
                  {entries.map((entry) => (
                    <TimelineItem key={entry.id} entry={entry} leadId={markLead} timeZone={timeZone} />
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </div>
      )}
      {page.nextCursor || filters.before ? (
        <nav aria-label={t("title")} className="flex flex-wrap gap-2 pl-11">
          {page.nextCursor ? (
            <Link
              href={`${query({ before: page.nextCursor })}#journey`}
              className={buttonClasses("secondary")}
              rel="next"
            >
              {t("older")}
            </Link>
          ) : null}
          {filters.before ? (
            <Link href={`${query({})}#journey`} className={buttonClasses("ghost")}>
              {t("newest")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

function groupByDay(rows: JourneyEntry[], dayKey: (d: Date) => string) {
  const days: { key: string; date: Date; entries: JourneyEntry[] }[] = [];
  for (const row of rows) {
    const key = dayKey(row.occurredAt);
    const last = days[days.length - 1];
    if (last?.key === key) last.entries.push(row);
    else days.push({ key, date: row.occurredAt, entries: [row] });
  }
  return days;
}
