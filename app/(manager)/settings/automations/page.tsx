import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAutomationsOverview } from "@/server/automations/queries";
import { AutomationRuleList } from "@/components/automations/automation-rule-list";
import { AutomationRunList } from "@/components/automations/automation-run-list";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.automations"))("metaTitle") };
}

// Managers only: getAutomationsOverview answers anyone else with a 404 (and the layout before it).
export default async function AutomationsPage() {
  const [t, tSettings, { rules, runs }] = await Promise.all([
    getTranslations("settings.automations"),
    getTranslations("settings"),
    getAutomationsOverview(),
  ]);
  return (
    <div className="max-w-4xl">
      <PageHeader title={tSettings("title")} description={tSettings("subtitle")} />
      <SettingsNav current="automations" />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="automation-rules-title">
          <CardHeader className="flex flex-wrap items-center justify-between gap-3">
            <CardTitle id="automation-rules-title">{t("title")}</CardTitle>
            <Link href="/settings/automations/new" className={buttonClasses("primary", "sm")}>
              {t("new")}
            </Link>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="max-w-prose text-sm text-ink-muted">{t("description")}</p>
            <AutomationRuleList rules={rules} />
          </CardContent>
        </Card>
        <Card aria-labelledby="automation-runs-title">
          <CardHeader>
            <CardTitle id="automation-runs-title">{t("runs.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <AutomationRunList runs={runs} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
