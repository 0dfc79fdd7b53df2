import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { getLostReasonSettings } from "@/server/lost-reasons/queries";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { LostReasonsEditor } from "@/components/settings/lost-reasons-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline.reasons"))("title") };
}

// Managers keep the list a rep picks from when a lead is lost (server/lost-reasons/).
export default async function LostReasonsPage() {
  const session = await requireRole("MANAGER");
  const [ts, t, reasons] = await Promise.all([
    getTranslations("settings"),
    getTranslations("pipeline.reasons"),
    getLostReasonSettings(session),
  ]);
  if (!reasons) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title={ts("title")} description={ts("subtitle")} />
      <SettingsNav current="lostReasons" />
      <div className="flex flex-col gap-4">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 text-sm text-ink-muted">{t("description")}</p>
        </div>
        <LostReasonsEditor reasons={reasons} />
      </div>
    </div>
  );
}
