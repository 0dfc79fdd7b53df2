import { getLocale, getTranslations } from "next-intl/server";
import { weekdayRuns } from "@/lib/closed-days";
import { holidayName } from "@/lib/holidays";
import type { TeamCalendarRow } from "@/server/teams/queries";

/** A team's calendar in words, and its next closed days, so a manager can check it at a glance. */
export async function TeamCalendarRule({ team }: { team: TeamCalendarRow }) {
  const [t, locale] = await Promise.all([getTranslations("settings"), getLocale()]);
  const { hours } = team;
  const day = (d: number) => t(`sla.weekdays.${d}`);
  const days = weekdayRuns(hours.days)
    .map(([a, b]) => (a === b ? day(a) : b === a + 1 ? `${day(a)}, ${day(b)}` : `${day(a)}–${day(b)}`))
    .join(", ");
  const upcomingAdded = team.addedDays.length;
  const date = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const notes = new Map(team.addedDays.map((d) => [d.date, d.note]));
  const sentence = [
    t("teams.ruleOpen", {
      days,
      start: hours.start,
      end: hours.end,
      zone: t(`sla.zones.${hours.timeZone.replace("/", "_")}`),
    }),
    hours.holidayCountry
      ? t("teams.ruleHolidays", { holidays: t(`sla.holidayCountries.${hours.holidayCountry}`), count: upcomingAdded })
      : t("teams.ruleNoHolidays", { count: upcomingAdded }),
  ].join(" ");

  return (
    <section className="rounded-md border border-line bg-surface px-4 py-3">
      <p className="text-sm text-ink" data-testid="team-calendar-rule">
        {sentence}
      </p>
      <h4 className="mt-3 text-sm font-semibold">{t("teams.nextTitle")}</h4>
      {team.next.length === 0 ? (
        <p className="mt-1 text-sm text-ink-muted">{t("teams.nextNone")}</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-sm" data-testid="team-next-closed">
          {team.next.map((d) => {
            const why = [
              d.holiday && hours.holidayCountry ? holidayName(hours.holidayCountry, d.date, locale) : null,
              d.closed ? notes.get(d.date) : null,
            ].filter(Boolean);
            return (
              <li key={d.date} className="flex flex-wrap gap-x-2">
                <span className="font-medium tabular-nums">{date.format(new Date(`${d.date}T00:00:00Z`))}</span>
                <span className="text-ink-muted">{why.join(" · ")}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
