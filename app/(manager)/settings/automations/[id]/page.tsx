import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getRuleEditor } from "@/server/automations/queries";
import { AutomationRuleForm } from "@/components/automations/automation-rule-form";
import { editedRule, editorChoices } from "@/components/automations/editor-choices";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.automations"))("metaTitle") };
}

// "new" opens an empty rule; an id that names no rule (or is no id) is a 404.
const idSchema = z.union([z.literal("new"), z.guid()]);

export default async function AutomationRulePage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const id = parsed.data === "new" ? null : parsed.data;
  const [t, tSettings, { rule, options }] = await Promise.all([
    getTranslations("settings.automations"),
    getTranslations("settings"),
    getRuleEditor(id),
  ]);
  if (rule === undefined) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title={tSettings("title")} description={tSettings("subtitle")} />
      <SettingsNav current="automations" />
      <p className="mb-4 text-sm">
        <Link href="/settings/automations" className="text-accent-700 hover:underline">
          ← {t("back")}
        </Link>
      </p>
      <h2 className="mb-4 text-lg font-semibold">{rule ? rule.name : t("new")}</h2>
      <AutomationRuleForm rule={rule ? editedRule(rule) : null} choices={await editorChoices(options)} />
    </div>
  );
}
