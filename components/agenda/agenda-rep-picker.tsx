import { getTranslations } from "next-intl/server";
import type { SalesRep } from "@/server/leads/list-queries";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Managers: whose day to look at. A plain GET form, so it works before the page's JavaScript has loaded. */
export async function AgendaRepPicker({ reps, picked }: { reps: SalesRep[]; picked: string | null }) {
  const t = await getTranslations("agenda.rep");
  return (
    <form method="get" action="/agenda" className="flex items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium text-ink">
        {t("label")}
        <Select name="rep" defaultValue={picked ?? ""} className="min-w-48">
          <option value="">{t("mine")}</option>
          {reps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.name}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
