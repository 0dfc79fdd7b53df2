import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getWebForm, getWebFormEditorData } from "@/server/web-forms/queries";
import { PageHeader } from "@/components/shell/page-header";
import { CopyField } from "@/components/settings/copy-field";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { WebFormActiveButton } from "@/components/web-forms/web-form-active-button";
import { WebFormEditor } from "@/components/web-forms/web-form-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webForms"))("title") };
}

/** The snippet a website pastes: an <iframe> of the embed page (see lib/security-headers.ts). */
function embedSnippet(url: string, title: string): string {
  const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${url}" title="${escaped}" loading="lazy" style="width:100%;max-width:560px;height:760px;border:0"></iframe>`;
}

export default async function EditWebFormPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, form, data] = await Promise.all([getTranslations("webForms"), getWebForm(id), getWebFormEditorData()]);
  return (
    <div className="max-w-6xl">
      <PageHeader title={t("editor.editTitle", { name: form.name })} />
      <SettingsNav current="webForms" />
      <p className="mb-4 text-sm">
        <Link href="/settings/web-forms" className="text-accent-700 underline-offset-2 hover:underline">
          ← {t("editor.back")}
        </Link>
      </p>
      <div className="mb-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <Card aria-labelledby="wf-share-title">
          <CardHeader>
            <CardTitle id="wf-share-title">{t("share.title")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {form.active ? null : <Alert tone="info">{t("share.inactive")}</Alert>}
            <CopyField label={t("share.url")} value={form.publicUrl} />
            <CopyField label={t("share.embed")} value={embedSnippet(form.embedUrl, form.name)} />
            <p className="text-xs text-ink-muted">{t("share.embedHint")}</p>
          </CardContent>
        </Card>
        <Card aria-labelledby="wf-status-title" className="self-start">
          <CardHeader>
            <CardTitle id="wf-status-title">{t("status.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <WebFormActiveButton id={form.id} active={form.active} />
          </CardContent>
        </Card>
      </div>
      <WebFormEditor draft={form} {...data} />
    </div>
  );
}
