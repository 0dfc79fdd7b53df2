import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getApiKeySettings } from "@/server/api-keys/queries";
import { PageHeader } from "@/components/shell/page-header";
import { ApiKeyList } from "@/components/settings/api-key-list";
import { CreateApiKeyDialog } from "@/components/settings/create-api-key-dialog";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

const codeClasses = "rounded-sm bg-gray-100 px-1 py-0.5 font-mono text-xs text-gray-800";

// Managers only: getApiKeySettings answers anyone else with a 404.
export default async function ApiKeysPage() {
  const [t, tk, settings] = await Promise.all([
    getTranslations("settings"),
    getTranslations("apiKeys"),
    getApiKeySettings(),
  ]);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <SettingsNav current="apiKeys" />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="api-keys-title">
          <CardHeader>
            <CardTitle id="api-keys-title">{t("apiKeys.title")}</CardTitle>
            <CreateApiKeyDialog teams={settings.teams} />
          </CardHeader>
          <p className="border-b border-line px-4 py-3 text-sm text-ink-muted">
            {t.rich("apiKeys.description", {
              endpoint: "POST /api/touchpoints",
              code: (chunks) => <code className={codeClasses}>{chunks}</code>,
            })}{" "}
            {tk("docsIntro")}{" "}
            <a href="/docs/api" className="font-medium text-accent-700 underline underline-offset-2">
              {tk("docsLink")}
            </a>
          </p>
          <ApiKeyList keys={settings.keys} teams={settings.teams} now={new Date()} />
        </Card>
      </div>
    </div>
  );
}
