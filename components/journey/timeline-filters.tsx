import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JOURNEY_CHANNELS, JOURNEY_PHASES, type JourneyFilters } from "@/lib/validation/journey-filters";
import { Button, buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/**
 * Phase and channel filters as a plain GET form: the filters live in the URL (shareable,
 * back-button friendly) and work before any JavaScript has loaded. Filtering starts from the newest.
 */
export async function TimelineFilters({ basePath, filters }: { basePath: string; filters: JourneyFilters }) {
  const t = await getTranslations("journey");
  const active = Boolean(filters.phase || filters.channel);
  return (
    <Form action={basePath} scroll={false} className="flex flex-wrap items-end gap-2" aria-label={t("filter")}>
      <label className="flex min-w-0 flex-1 basis-36 flex-col gap-1 text-xs font-medium text-ink-muted sm:flex-none">
        {t("phase")}
        <Select name="phase" defaultValue={filters.phase ?? ""} className="sm:w-44">
          <option value="">{t("allPhases")}</option>
          {JOURNEY_PHASES.map((p) => (
            <option key={p} value={p}>
              {t(`phases.${p}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex min-w-0 flex-1 basis-36 flex-col gap-1 text-xs font-medium text-ink-muted sm:flex-none">
        {t("channel")}
        <Select name="channel" defaultValue={filters.channel ?? ""} className="sm:w-44">
          <option value="">{t("allChannels")}</option>
          {JOURNEY_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="secondary">
        {t("filter")}
      </Button>
      {active ? (
        <Link href={basePath} scroll={false} className={buttonClasses("ghost")}>
          {t("clearFilters")}
        </Link>
      ) : null}
    </Form>
  );
}
