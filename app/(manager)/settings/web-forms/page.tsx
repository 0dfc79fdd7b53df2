import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listWebForms } from "@/server/web-forms/queries";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webForms"))("title") };
}

// Managers only: listWebForms answers anyone else with a 404 (and the layout before it).
export default async function WebFormsPage() {
  const [t, ts, forms] = await Promise.all([getTranslations("webForms"), getTranslations("settings"), listWebForms()]);
  return (
    <div className="max-w-4xl">
      <PageHeader title={ts("title")} description={ts("subtitle")} />
      <SettingsNav current="webForms" />
      <Card aria-labelledby="web-forms-title">
        <CardHeader>
          <CardTitle id="web-forms-title">{t("title")}</CardTitle>
          <Link href="/settings/web-forms/new" className={buttonClasses("primary", "sm")}>
            {t("new")}
          </Link>
        </CardHeader>
        <p className="border-b border-line px-4 py-3 text-sm text-ink-muted">{t("description")}</p>
        {forms.length === 0 ? (
          <p className="px-4 py-6 text-sm text-ink-muted">{t("empty")}</p>
        ) : (
          <ul aria-label={t("listLabel")} className="divide-y divide-line">
            {forms.map((form) => (
              <li key={form.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
                <div className="min-w-0">
                  <Link
                    href={`/settings/web-forms/${form.id}`}
                    className="font-medium text-ink underline-offset-2 hover:underline"
                  >
                    {form.name}
                  </Link>
                  <p className="truncate text-xs text-ink-muted">
                    {[form.campaign ?? t("noCampaign"), form.team ?? t("noTeam"), t(`languages.${form.language}`)].join(
                      " · ",
                    )}
                  </p>
                </div>
                <Badge tone={form.active ? "answered" : "neutral"}>{form.active ? t("active") : t("inactive")}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
