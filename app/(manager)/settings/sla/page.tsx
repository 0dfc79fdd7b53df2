import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { slaExample } from "@/lib/sla-example";
import { configToFormValues } from "@/lib/validation/sla-settings";
import { getSlaSettings } from "@/server/settings/queries";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { SlaSettingsForm } from "@/components/settings/sla-settings-form";
import { Alert } from "@/components/ui/alert";
import { CLOCK } from "@/lib/date-time-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.sla"))("metaTitle") };
}

// Managers only: getSlaSettings answers anyone else with a 404 (and the layout before it).
export default async function SlaSettingsPage() {
  const [t, locale, config] = await Promise.all([getTranslations("settings"), getLocale(), getSlaSettings()]);
  const { arrivesAt, dueAt } = slaExample(config, "CHAT");
  const zone = config.hours.timeZone;
  const day = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: zone });
  const time = new Intl.DateTimeFormat(locale, {
    ...CLOCK,
    timeZone: zone,
  });
  const example = t("sla.example", {
    channel: t("sla.exampleChannel"),
    arrivalDay: day.format(arrivesAt),
    arrivalTime: time.format(arrivesAt),
    dueDay: day.format(dueAt),
    dueTime: time.format(dueAt),
  });
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <SettingsNav current="sla" />
      <div className="flex flex-col gap-6">
        <div>
          <h2 className="text-lg font-semibold">{t("sla.title")}</h2>
          <p className="mt-1 text-sm text-ink-muted">{t("sla.description")}</p>
        </div>
        <Alert tone="info">{t("sla.newOnly")}</Alert>
        <section aria-labelledby="sla-example-title" className="rounded-md border border-line bg-surface px-4 py-3">
          <h3 id="sla-example-title" className="text-sm font-semibold">
            {t("sla.exampleTitle")}
          </h3>
          <p className="mt-1 text-sm text-ink" data-testid="sla-example">
            {example}
          </p>
        </section>
        <SlaSettingsForm initial={configToFormValues(config)} />
      </div>
    </div>
  );
}
