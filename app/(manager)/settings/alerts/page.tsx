import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getAlertSettingsView } from "@/server/notifications/queries";
import { escalationFor } from "@/server/notifications/alert-settings";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { AlertSettingsForm } from "@/components/notifications/alert-settings-form";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.alerts"))("title") };
}

// Managers only: getAlertSettingsView answers anyone else with a 404 (and the layout before it).
// The rule in words follows server/notifications/clock-jobs.ts.
export default async function AlertSettingsPage() {
  const [ts, t, { settings, teams }] = await Promise.all([
    getTranslations("settings"),
    getTranslations("notifications.alerts"),
    getAlertSettingsView(),
  ]);
  const when =
    settings.warnBeforeMinutes === null
      ? t("ruleWarnDefault")
      : t("ruleWarnFixed", { minutes: settings.warnBeforeMinutes });
  return (
    <div className="max-w-3xl">
      <PageHeader title={ts("title")} description={ts("subtitle")} />
      <SettingsNav current="alerts" />
      <div className="flex flex-col gap-6">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 text-sm text-ink-muted">{t("description")}</p>
        </div>
        <section aria-labelledby="alert-rule-title" className="rounded-md border border-line bg-surface px-4 py-3">
          <h3 id="alert-rule-title" className="text-sm font-semibold">
            {t("ruleTitle")}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink" data-testid="alert-rule">
            <li>{t("ruleWarn", { when })}</li>
            {teams.map((team) => {
              const rule = escalationFor(settings, team.id);
              return (
                <li key={team.id}>
                  {t("ruleEscalate", {
                    team: team.name,
                    minutes: rule.afterMinutes,
                    reassign: rule.reassign ? "yes" : "no",
                  })}
                </li>
              );
            })}
            <li>{t("ruleEscalateNoTeam", { minutes: settings.noTeam.afterMinutes })}</li>
          </ul>
        </section>
        <Card className="p-4">
          <AlertSettingsForm
            initial={settings}
            teams={teams}
            labels={{
              warnLabel: t("warnLabel"),
              warnDefault: t("warnDefault"),
              warnFixed: t("warnFixed"),
              warnMinutes: t("warnMinutes"),
              teamColumn: t("teamColumn"),
              afterLabel: t("afterLabel"),
              reassignLabel: t("reassignLabel"),
              noTeam: t("noTeam"),
              save: t("save"),
            }}
          />
        </Card>
      </div>
    </div>
  );
}
