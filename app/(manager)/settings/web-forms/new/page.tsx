import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { getWebFormEditorData } from "@/server/web-forms/queries";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { WebFormEditor } from "@/components/web-forms/web-form-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webForms"))("editor.newTitle") };
}

export default async function NewWebFormPage() {
  const [t, data, locale] = await Promise.all([getTranslations("webForms"), getWebFormEditorData(), getLocale()]);
  // A new form asks what a dealer's contact form asks, in the manager's own language.
  const draft = {
    id: null,
    name: "",
    campaignId: null,
    teamId: null,
    language: isLocale(locale) ? locale : ("nb" as const),
    fields: [
      { key: "name" as const, required: true },
      { key: "email" as const, required: true },
      { key: "phone" as const, required: false },
      { key: "message" as const, required: false },
    ],
    consents: [],
    thankYouText: t("defaults.thankYou"),
  };
  return (
    <div className="max-w-6xl">
      <PageHeader title={t("editor.newTitle")} />
      <SettingsNav current="webForms" />
      <p className="mb-4 text-sm">
        <Link href="/settings/web-forms" className="text-accent-700 underline-offset-2 hover:underline">
          ← {t("editor.back")}
        </Link>
      </p>
      <WebFormEditor draft={draft} {...data} />
    </div>
  );
}
