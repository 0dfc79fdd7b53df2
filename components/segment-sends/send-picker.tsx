import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { SendableTemplate } from "@/server/segment-sends/queries";

// Step one of a send: choose the template. A plain GET form, so the review that follows is a page
// of its own (the back button and a reload keep it) and works before any JavaScript has loaded.

export async function SendPicker({
  segmentId,
  templates,
  selected,
}: {
  segmentId: string;
  templates: SendableTemplate[];
  selected: string | null;
}) {
  const t = await getTranslations("segmentSends");
  if (!templates.length) return <p className="text-sm text-ink-muted">{t("noTemplates")}</p>;
  return (
    <form method="get" action={`/customers/segments/${segmentId}`} className="flex flex-wrap items-end gap-2">
      <label className="flex min-w-64 flex-col gap-1 text-sm font-medium">
        {t("template")}
        <Select name="template" defaultValue={selected ?? ""} required>
          <option value="" disabled>
            {t("chooseTemplate")}
          </option>
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {t("templateOption", { name: x.name, channel: t(`channel.${x.channel}`), locale: x.locale })}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="secondary">
        {t("reviewButton")}
      </Button>
    </form>
  );
}
