import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getRoutingSettings } from "@/server/routing/queries";
import { PageHeader } from "@/components/shell/page-header";
import { RoundRobinToggle } from "@/components/settings/round-robin-toggle";
import { RoutingRule } from "@/components/settings/routing-rule";
import { SettingsNav } from "@/components/settings/settings-nav";
import { SignalTeamsForm } from "@/components/settings/signal-teams-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.assignment"))("metaTitle") };
}

// Managers only: getRoutingSettings answers anyone else with a 404 (and the layout before it).
// The rule in words follows server/routing/round-robin.ts and signal-team.ts.
export default async function RoutingSettingsPage() {
  const [t, tCategory, settings] = await Promise.all([
    getTranslations("settings"),
    getTranslations("orderStatus.content.categories"),
    getRoutingSettings(),
  ]);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <SettingsNav current="routing" />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="assignment-title">
          <CardHeader>
            <CardTitle id="assignment-title">{t("assignment.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <RoundRobinToggle enabled={settings.roundRobin.enabled} />
          </CardContent>
        </Card>
        <RoutingRule settings={settings} />
        <Card aria-labelledby="categories-title">
          <CardHeader>
            <CardTitle id="categories-title">{t("routing.categoriesTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="text-sm text-ink-muted">{t("routing.categoriesIntro")}</p>
            <SignalTeamsForm
              kind="categories"
              teams={settings.teams}
              rows={settings.categories.map((c) => ({
                field: c.category,
                label: tCategory(c.category),
                teamId: c.teamId,
              }))}
            />
          </CardContent>
        </Card>
        <Card aria-labelledby="campaigns-title">
          <CardHeader>
            <CardTitle id="campaigns-title">{t("routing.campaignsTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="text-sm text-ink-muted">{t("routing.campaignsIntro")}</p>
            {settings.campaigns.length ? (
              <SignalTeamsForm
                kind="campaigns"
                teams={settings.teams}
                rows={settings.campaigns.map((c) => ({ field: c.id, label: c.name, teamId: c.teamId }))}
              />
            ) : (
              <p className="text-sm text-ink-muted">{t("routing.campaignsEmpty")}</p>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
