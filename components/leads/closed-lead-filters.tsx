import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CLOSED_CHANNELS, CLOSED_OUTCOMES, closedFiltersActive } from "@/lib/validation/closed-lead-options";
import type { ClosedLeadFilters } from "@/lib/validation/closed-lead-filters";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { RepPicker } from "@/components/reps/rep-picker";

// A plain GET form, like the audit log's: the filters end up in the URL (shareable, reloadable), it
// works before any script has loaded and by keyboard (Enter in the search box applies everything).
// On a phone the controls pair up two by two: outcome and channel, the two days, then the owner.
export async function ClosedLeadFiltersForm({
  filters,
  isManager,
  ownerName,
}: {
  filters: ClosedLeadFilters;
  /** Managers pick one rep of the group; reps' scope is already their own and their team's. */
  isManager: boolean;
  /** The name of the owner the URL picked. */
  ownerName: string | null;
}) {
  const t = await getTranslations("leadList");
  const f = (key: string) => t(`closed.filters.${key}` as "closed.filters.label");
  return (
    <form
      method="get"
      action="/leads/closed"
      aria-label={f("label")}
      className="grid grid-cols-2 gap-3 md:flex md:flex-wrap md:items-end"
    >
      <div className="col-span-2 flex flex-col gap-1.5 md:w-72">
        <Label htmlFor="closed-q">{f("search")}</Label>
        <Input
          id="closed-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder={f("searchPlaceholder")}
        />
      </div>
      <div className="flex flex-col gap-1.5 md:w-40">
        <Label htmlFor="closed-outcome">{f("outcome")}</Label>
        <Select id="closed-outcome" name="outcome" defaultValue={filters.outcome ?? ""}>
          <option value="">{f("anyOutcome")}</option>
          {CLOSED_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`closed.outcomes.${o}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5 md:w-40">
        <Label htmlFor="closed-channel">{f("channel")}</Label>
        <Select id="closed-channel" name="channel" defaultValue={filters.channel ?? ""}>
          <option value="">{f("anyChannel")}</option>
          {CLOSED_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5 md:w-40">
        <Label htmlFor="closed-from">{f("from")}</Label>
        <Input id="closed-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="flex flex-col gap-1.5 md:w-40">
        <Label htmlFor="closed-to">{f("to")}</Label>
        <Input id="closed-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      {isManager ? (
        <div className="col-span-2 flex flex-col gap-1.5 md:w-56">
          <Label htmlFor="closed-owner">{f("owner")}</Label>
          <RepPicker
            id="closed-owner"
            name="owner"
            testId="closed-owner"
            value={filters.owner ? { id: filters.owner, name: ownerName ?? f("anyOwner") } : null}
            placeholder={f("anyOwner")}
          />
        </div>
      ) : null}
      <div className="col-span-2 flex gap-2">
        <Button type="submit" className="flex-1">
          {f("apply")}
        </Button>
        {closedFiltersActive(filters) ? (
          <Link href="/leads/closed" className={buttonClasses("ghost")}>
            {f("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
