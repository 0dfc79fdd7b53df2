import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getRoutingSettings } from "@/server/routing/queries";
import { PageHeader } from "@/components/shell/page-header";
import { RoundRobinToggle } from "@/components/settings/round-robin-toggle";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.assignment"))("metaTitle") };
}

// Managers only: getRoutingSettings answers anyone else with a 404 (and the layout before it).
// The rule in words follows server/routing/round-robin.ts.
export default async function RoutingSettingsPage() {
  const [t, settings] = await Promise.all([getTranslations("settings"), getRoutingSettings()]);
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
        <section aria-labelledby="routing-rule-title" className="rounded-md border border-line bg-surface px-4 py-3">
          <h2 id="routing-rule-title" className="text-sm font-semibold">
            {t("assignment.ruleTitle")}
          </h2>
          <p className="mt-1 text-sm text-ink">{t("assignment.ruleIntro")}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-ink" data-testid="routing-rule">
            <li>{t("assignment.ruleOwner")}</li>
            <li>{t("assignment.ruleTeam")}</li>
            <li>{t("assignment.ruleAnyone")}</li>
          </ol>
        </section>
      </div>
    </div>
  );
}
