import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CATEGORIES, MILESTONES } from "@/lib/order-milestones";
import { CONTENT_LOCALES, parseContentFilter } from "@/lib/validation/milestone-content";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { listMilestoneContent } from "@/server/milestone-content/service";
import { getContentCoverage } from "@/server/milestone-content/coverage";
import { ContentCoverageTable } from "@/components/settings/content-coverage";
import { PageHeader } from "@/components/shell/page-header";
import { MilestoneContentForm } from "@/components/settings/milestone-content-form";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderStatus.content"))("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Managers only: the layout and listMilestoneContent both answer anyone else with a 404.
export default async function ContentSettingsPage({ searchParams }: Props) {
  const [query, session, t, ts, tm] = await Promise.all([
    searchParams,
    requireRole("MANAGER"),
    getTranslations("orderStatus.content"),
    getTranslations("settings"),
    getTranslations("orders.milestones"),
  ]);
  const filter = parseContentFilter(query);
  const db = await getDb();
  const [items, coverage] = await Promise.all([
    listMilestoneContent(db, session, filter),
    getContentCoverage(db, session),
  ]);
  if (!items || !coverage) notFound();
  const key = `${filter.category}-${filter.milestone}-${filter.locale}`;
  return (
    <div className="max-w-3xl">
      <PageHeader title={ts("title")} description={ts("subtitle")} />
      <SettingsNav current="content" />
      <div className="flex flex-col gap-6">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 text-sm text-ink-muted">{t("description")}</p>
        </div>
        {/* A GET form: the step shown lives in the URL, so it survives a reload and can be linked. */}
        <form method="get" className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_1fr_auto]" aria-label={t("show")}>
          <FormField label={t("category")}>
            <Select name="category" defaultValue={filter.category}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t("milestone")}>
            <Select name="milestone" defaultValue={filter.milestone}>
              {MILESTONES.map((m) => (
                <option key={m} value={m}>
                  {tm(m)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t("language")}>
            <Select name="locale" defaultValue={filter.locale}>
              {CONTENT_LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t(`locales.${l}`)}
                </option>
              ))}
            </Select>
          </FormField>
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </form>
        <ContentCoverageTable coverage={coverage} filter={filter} />
        {items.length === 0 ? (
          <p className="rounded-md border border-dashed border-line-strong px-4 py-6 text-center text-sm text-ink-muted">
            {t("empty")}
          </p>
        ) : null}
        {items.map((item) => (
          <Card key={item.id}>
            <CardContent>
              <MilestoneContentForm filter={filter} item={item} position={item.position} />
            </CardContent>
          </Card>
        ))}
        <Card key={`new-${key}`}>
          <CardHeader>
            <CardTitle>{t("addTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <MilestoneContentForm filter={filter} position={(items.at(-1)?.position ?? -1) + 1} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
