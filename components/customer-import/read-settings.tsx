"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import {
  IMPORT_COUNTRIES,
  IMPORT_DELIMITER_KEYS,
  IMPORT_DELIMITERS,
  IMPORT_ENCODINGS,
  type ImportDelimiter,
} from "@/lib/customer-import/fields";
import type { Reading } from "./use-file-reading";

// How to read the file, as guessed from it, each changeable: a wrong guess shows at once in the
// columns and the preview below. Plus the two choices that are not in the file: the country of
// phone numbers written without a country code, and the team for customers the file gives none.

export type ImportTeam = { id: string; name: string };

export function ReadSettings(props: {
  settings: Reading["settings"];
  onChange: (s: Reading["settings"]) => void;
  teams: ImportTeam[];
  teamId: string;
  onTeam: (id: string) => void;
  disabled: boolean;
}) {
  const t = useTranslations("customerImport");
  const id = useId();
  const { settings, onChange } = props;
  const field = "flex min-w-0 flex-col gap-1";
  const label = "text-sm font-medium text-ink";
  return (
    <section
      aria-label={t("wizard.readingTitle")}
      className="grid grid-cols-1 gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,0.7fr)_minmax(0,1.2fr)_minmax(0,1.5fr)]"
    >
      <div className={field}>
        <label htmlFor={`${id}-enc`} className={label}>
          {t("wizard.encoding")}
        </label>
        <Select
          id={`${id}-enc`}
          value={settings.encoding}
          disabled={props.disabled}
          onChange={(e) => onChange({ ...settings, encoding: e.target.value as typeof settings.encoding })}
        >
          {IMPORT_ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {t(`encodings.${e}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className={field}>
        <label htmlFor={`${id}-del`} className={label}>
          {t("wizard.delimiter")}
        </label>
        <Select
          id={`${id}-del`}
          value={IMPORT_DELIMITER_KEYS[settings.delimiter]}
          disabled={props.disabled}
          onChange={(e) => {
            const d = IMPORT_DELIMITERS.find((x) => IMPORT_DELIMITER_KEYS[x] === e.target.value) as ImportDelimiter;
            onChange({ ...settings, delimiter: d });
          }}
        >
          {IMPORT_DELIMITERS.map((d) => (
            <option key={d} value={IMPORT_DELIMITER_KEYS[d]}>
              {t(`delimiters.${IMPORT_DELIMITER_KEYS[d]}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className={field}>
        <label htmlFor={`${id}-head`} className={label}>
          {t("wizard.headerLine")}
        </label>
        <Input
          id={`${id}-head`}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          value={settings.headerLine}
          disabled={props.disabled}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (n >= 1 && n <= 100) onChange({ ...settings, headerLine: n });
          }}
        />
      </div>
      <div className={field}>
        <label htmlFor={`${id}-country`} className={label}>
          {t("wizard.country")}
        </label>
        <Select
          id={`${id}-country`}
          value={settings.country}
          disabled={props.disabled}
          aria-describedby={`${id}-country-hint`}
          onChange={(e) => onChange({ ...settings, country: e.target.value as typeof settings.country })}
        >
          {IMPORT_COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {t(`countries.${c}`)}
            </option>
          ))}
        </Select>
        <p id={`${id}-country-hint`} className="text-xs text-ink-muted">
          {t("wizard.countryHint")}
        </p>
      </div>
      <div className={field}>
        <label htmlFor={`${id}-team`} className={label}>
          {t("team")}
        </label>
        <Select
          id={`${id}-team`}
          value={props.teamId}
          disabled={props.disabled}
          aria-describedby={`${id}-team-hint`}
          onChange={(e) => props.onTeam(e.target.value)}
        >
          <option value="">{t("noTeam")}</option>
          {props.teams.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </Select>
        <p id={`${id}-team-hint`} className="text-xs text-ink-muted">
          {t("wizard.teamHint")}
        </p>
      </div>
    </section>
  );
}
