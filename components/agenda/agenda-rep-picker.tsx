import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { RepPicker, type PickedRep } from "@/components/reps/rep-picker";

/** Managers: whose day to look at. A GET form: the picked rep travels as `rep`; an empty field is one's own day. */
export async function AgendaRepPicker({ picked }: { picked: PickedRep | null }) {
  const t = await getTranslations("agenda.rep");
  return (
    <form method="get" action="/agenda" className="flex items-end gap-2">
      <div className="flex flex-col gap-1 text-sm font-medium text-ink">
        <label htmlFor="agenda-rep">{t("label")}</label>
        <RepPicker
          id="agenda-rep"
          name="rep"
          testId="agenda-rep"
          value={picked ? { id: picked.id, name: picked.name } : null}
          placeholder={t("mine")}
          className="w-56 font-normal"
        />
      </div>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
