import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getTeamCalendars } from "@/server/teams/queries";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { TeamCalendarRule } from "@/components/settings/team-calendar-rule";
import { TeamClosedDays } from "@/components/settings/team-closed-days";
import { TeamHoursForm } from "@/components/settings/team-hours-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.teams"))("metaTitle") };
}

// Managers only: getTeamCalendars answers anyone else with a 404 (and the layout before it).
// The rule in words follows server/teams/calendar.ts and lib/holidays.ts.
export default async function TeamCalendarsPage() {
  const [t, locale, teams] = await Promise.all([
    getTranslations("settings"),
    getLocale(),
    getTeamCalendars(new Date()),
  ]);
  const date = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <SettingsNav current="teams" />
      <div className="flex flex-col gap-6">
        <div>
          <h2 className="text-lg font-semibold">{t("teams.title")}</h2>
          <p className="mt-1 text-sm text-ink-muted">{t("teams.description")}</p>
        </div>
        <Alert tone="info">{t("teams.newOnly")}</Alert>
        {teams.length === 0 ? <p className="text-sm text-ink-muted">{t("teams.empty")}</p> : null}
        {teams.map((team) => (
          <Card key={team.id} aria-labelledby={`team-${team.id}`}>
            <CardHeader>
              <CardTitle id={`team-${team.id}`} as="h3">
                {team.name}
              </CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-5">
              <TeamCalendarRule team={team} />
              <TeamHoursForm
                teamId={team.id}
                teamName={team.name}
                initial={{
                  days: team.hours.days.map(String),
                  start: team.hours.start,
                  end: team.hours.end,
                  timeZone: team.hours.timeZone,
                  holidayCountry: team.hours.holidayCountry ?? "",
                }}
              />
              <div className="border-t border-line pt-4">
                <h4 className="mb-1 text-sm font-semibold">{t("teams.addedTitle")}</h4>
                <p className="mb-3 text-sm text-ink-muted">{t("teams.addedDescription")}</p>
                <TeamClosedDays
                  teamId={team.id}
                  teamName={team.name}
                  days={team.addedDays.map((d) => ({ ...d, label: date.format(new Date(`${d.date}T00:00:00Z`)) }))}
                />
              </div>
            </CardContent>
          </Card>
        ))}
      </div>
    </div>
  );
}
