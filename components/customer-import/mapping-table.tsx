"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "@/lib/customer-import/fields";

// Which column is which: each column of the file with a few of its values, and the Reise field it
// goes into ("Not imported" leaves it out). A field chosen for a second column is taken from the
// first, so the mapping never holds one field twice. On a phone each column is a card.

export function MappingTable(props: {
  columns: string[];
  samples: string[][];
  mapping: ColumnMapping;
  onChange: (m: ColumnMapping) => void;
  disabled: boolean;
}) {
  const t = useTranslations("customerImport");
  const choose = (index: number, value: string) => {
    const field = (value || null) as ImportField | null;
    props.onChange(
      props.columns.map((_, i) =>
        i === index ? field : props.mapping[i] === field ? null : (props.mapping[i] ?? null),
      ),
    );
  };
  const mapped = props.mapping.filter(Boolean).length;
  return (
    <section aria-labelledby="import-mapping-title" className="rounded-lg border border-line bg-surface">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-line px-4 py-3">
        <h2 id="import-mapping-title" className="text-base font-semibold text-ink">
          {t("wizard.mappingHeading")}
        </h2>
        <p className="text-sm text-ink-muted">{t("wizard.mappedCount", { mapped, total: props.columns.length })}</p>
      </div>
      <ul className="divide-y divide-line">
        {props.columns.map((column, i) => (
          <li
            key={i}
            className="grid grid-cols-1 gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_14rem] sm:items-center"
          >
            <label htmlFor={`import-map-${i}`} className="min-w-0 text-sm font-medium break-words text-ink">
              {column || t("wizard.unnamedColumn", { n: i + 1 })}
            </label>
            <p className="min-w-0 truncate text-sm text-ink-muted" title={props.samples[i]?.join(" · ")}>
              {props.samples[i]?.length ? props.samples[i].join(" · ") : t("wizard.emptyColumn")}
            </p>
            <Select
              id={`import-map-${i}`}
              value={props.mapping[i] ?? ""}
              disabled={props.disabled}
              onChange={(e) => choose(i, e.target.value)}
            >
              <option value="">{t("wizard.notImported")}</option>
              {IMPORT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {t(`fields.${f}`)}
                </option>
              ))}
            </Select>
          </li>
        ))}
      </ul>
    </section>
  );
}
