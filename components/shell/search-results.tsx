"use client";

import { useTranslations } from "next-intl";
import { ChevronRightIcon, ListIcon, PackageIcon, UsersIcon } from "@/components/ui/icons";
import { formatPhone } from "@/lib/format-phone";
import { cn } from "@/lib/cn";
import { SEARCH_GROUPS, type SearchOption } from "./search-options";

// The listbox of the search dialog: groups with a heading, options the combobox points at
// (aria-activedescendant), so focus stays in the text field while the arrows move the highlight.

type Props = {
  listId: string;
  options: SearchOption[];
  active: number;
  q: string;
  onHover: (index: number) => void;
  onPick: (option: SearchOption) => void;
};

export const optionId = (listId: string, index: number) => `${listId}-${index}`;

const ICONS = { customers: UsersIcon, leads: ListIcon, orders: PackageIcon } as const;

export function SearchResults({ listId, options, active, q, onHover, onPick }: Props) {
  const t = useTranslations("search");
  return (
    <div id={listId} role="listbox" aria-label={t("label")} className="flex flex-col gap-3 py-2">
      {SEARCH_GROUPS.map((group) => {
        const inGroup = options.map((o, i) => [o, i] as const).filter(([o]) => o.group === group);
        if (!inGroup.length) return null;
        const Icon = ICONS[group];
        return (
          <div key={group} role="group" aria-labelledby={`${listId}-${group}`}>
            <div
              id={`${listId}-${group}`}
              className="flex items-center gap-1.5 px-4 pb-1 text-xs font-semibold tracking-wide text-ink-subtle uppercase"
            >
              <Icon className="size-3.5" aria-hidden />
              {t(`groups.${group}`)}
            </div>
            {inGroup.map(([option, index]) => (
              <div
                key={option.key}
                id={optionId(listId, index)}
                role="option"
                aria-selected={index === active}
                onMouseMove={() => index !== active && onHover(index)}
                onClick={() => onPick(option)}
                className={cn(
                  "mx-2 flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 text-sm",
                  index === active ? "bg-accent-50 text-ink" : "text-ink",
                )}
              >
                <OptionText option={option} q={q} />
                {index === active ? <ChevronRightIcon className="ml-auto size-4 text-ink-subtle" aria-hidden /> : null}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}

function OptionText({ option, q }: { option: SearchOption; q: string }) {
  const t = useTranslations("search");
  const line = (title: string, detail: string | null, badge?: string) => (
    <span className="flex min-w-0 flex-col">
      <span className="flex min-w-0 items-center gap-2">
        <span className="truncate font-medium">{title}</span>
        {badge ? <span className="shrink-0 rounded-sm bg-gray-100 px-1.5 text-xs text-ink-muted">{badge}</span> : null}
      </span>
      {detail ? <span className="truncate text-xs text-ink-muted">{detail}</span> : null}
    </span>
  );
  switch (option.kind) {
    case "customer": {
      const r = option.row;
      return line(r.name, [r.email, r.phone && formatPhone(r.phone), r.city].filter(Boolean).join(" · ") || null);
    }
    case "lead": {
      const r = option.row;
      const stage = t(`stages.${r.stage}` as "stages.NEW");
      return line(r.customerName, r.interest, r.open ? stage : `${t("closed")} · ${stage}`);
    }
    case "order": {
      const r = option.row;
      return line(r.number, `${r.customerName} · ${r.product}`, t(`milestones.${r.milestone}` as "milestones.PLACED"));
    }
    case "seeAll":
      return (
        <span className="font-medium text-accent-700">
          {t(option.group === "customers" ? "seeAll" : "seeAllLeads", { q })}
        </span>
      );
  }
}
