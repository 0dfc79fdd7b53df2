import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TEMPLATE_STAGES } from "@/lib/validation/message-limits";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { listTemplates } from "@/server/messaging/templates";
import { PageHeader } from "@/components/shell/page-header";
import { TemplateForm } from "@/components/messaging/template-form";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messaging.templates"))("metaTitle") };
}

// Managers only: the role check and listTemplates's rule both answer anyone else with a 404.
export default async function TemplatesSettingsPage() {
  const [session, t, ts, tc] = await Promise.all([
    requireRole("MANAGER"),
    getTranslations("messaging"),
    getTranslations("settings"),
    getTranslations("customer.journeyMap.stages"),
  ]);
  const templates = await listTemplates(await getDb(), session);
  if (!templates) notFound();
  const stageLabels = Object.fromEntries(TEMPLATE_STAGES.map((s) => [s, tc(s)]));
  return (
    <div className="max-w-3xl">
      <PageHeader title={ts("title")} description={ts("subtitle")} />
      <SettingsNav current="templates" />
      <div className="flex flex-col gap-6">
        <div>
          <h2 className="text-lg font-semibold">{t("templates.title")}</h2>
          <p className="mt-1 text-sm text-ink-muted">{t("templates.description")}</p>
        </div>
        {templates.length === 0 ? (
          <p className="rounded-md border border-dashed border-line-strong px-4 py-6 text-center text-sm text-ink-muted">
            {t("templates.empty")}
          </p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label={t("templates.count", { count: templates.length })}>
            {templates.map((template) => (
              <li key={`${template.id}-${template.version}`}>
                {/* Closed by default: a manager scans names, and opens the one to change. */}
                <details className="group rounded-lg border border-line bg-surface">
                  <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-4 py-3 text-sm font-medium">
                    <span className="min-w-0 basis-full truncate sm:basis-0 sm:flex-1">{template.name}</span>
                    <Badge tone="accent">{t(`channels.${template.channel}`)}</Badge>
                    <Badge>{t(`locales.${template.locale}`)}</Badge>
                    <Badge tone={template.purpose === "MARKETING" ? "warm" : "neutral"}>
                      {t(`purposes.${template.purpose}`)}
                    </Badge>
                  </summary>
                  <div className="border-t border-line px-4 py-4">
                    <TemplateForm template={template} stageLabels={stageLabels} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <Card>
          <CardHeader>
            <CardTitle>{t("templates.addTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <TemplateForm stageLabels={stageLabels} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
