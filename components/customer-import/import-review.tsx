"use client";

import Link from "next/link";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { problemMax } from "./problem-text";
import type { ImportStatus } from "@/server/customer-import/status";

// What the check found, before anything is written: how many rows are new customers, how many are
// customers Reise has or repeat an earlier row (the manager chooses: update them or skip them), and
// every row with a problem by line and reason (left out; or cancel, fix the file, and start again).

type Choice = "update" | "skip";

export function ImportReview(props: {
  status: ImportStatus;
  pending: boolean;
  onImport: (duplicates: Choice) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("customerImport");
  const format = useFormatter();
  const { status } = props;
  const findings = status.findings!;
  const [choice, setChoice] = useState<Choice>("update");
  const duplicates = status.existingRows + status.repeatedRows;
  const importing = status.newRows + (choice === "update" ? duplicates : 0);
  const n = (v: number) => format.number(v);
  const stat = (label: string, value: number, tone = "text-ink") => (
    <div className="rounded-md border border-line bg-surface px-3 py-2">
      <dt className="text-xs text-ink-muted">{label}</dt>
      <dd className={`text-xl font-semibold tabular-nums ${tone}`}>{n(value)}</dd>
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {stat(t("review.rows"), status.totalRows)}
        {stat(t("review.new"), status.newRows)}
        {stat(t("review.duplicates"), duplicates)}
        {stat(t("review.problems"), status.problemRows, status.problemRows ? "text-danger-fg" : "text-ink")}
      </dl>

      {status.problemRows ? (
        <section aria-labelledby="review-problems" className="rounded-lg border border-danger-border bg-surface">
          <h2 id="review-problems" className="border-b border-line px-4 py-3 text-base font-semibold text-ink">
            {t("review.problemsTitle", { count: status.problemRows })}
          </h2>
          <p className="px-4 pt-3 text-sm text-ink-muted">{t("review.problemsBody")}</p>
          <ul className="max-h-80 divide-y divide-line overflow-y-auto px-4 py-2 text-sm">
            {findings.problems.map((p, i) => (
              <li key={i} className="flex flex-wrap gap-x-2 py-1.5">
                <span className="font-medium text-ink tabular-nums">{t("problems.line", { line: p.line })}</span>
                <span className="text-ink-muted">{t(`fields.${p.field}`)}:</span>
                <span className="text-danger-fg">{t(`rowProblems.${p.code}`, { max: problemMax(p.code) })}</span>
                {p.value ? <span className="break-all text-ink-muted">“{p.value}”</span> : null}
              </li>
            ))}
          </ul>
          {status.problemRows > findings.problems.length ? (
            <p className="px-4 pb-3 text-sm text-ink-muted">
              {t("problems.more", { count: status.problemRows - findings.problems.length })}
            </p>
          ) : null}
        </section>
      ) : null}

      {findings.unknownOwners.length || findings.unknownTeams.length ? (
        <Alert title={t("review.unknownTitle")}>
          <ul className="list-disc pl-4">
            {findings.unknownOwners.map((o) => (
              <li key={`o-${o.value}`}>{t("review.unknownOwner", { value: o.value, rows: o.rows })}</li>
            ))}
            {findings.unknownTeams.map((o) => (
              <li key={`t-${o.value}`}>{t("review.unknownTeam", { value: o.value, rows: o.rows })}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {duplicates ? (
        <section aria-labelledby="review-duplicates" className="rounded-lg border border-line bg-surface">
          <h2 id="review-duplicates" className="border-b border-line px-4 py-3 text-base font-semibold text-ink">
            {t("review.duplicatesTitle", { existing: status.existingRows, repeated: status.repeatedRows })}
          </h2>
          <ul className="max-h-64 divide-y divide-line overflow-y-auto px-4 py-2 text-sm">
            {findings.existing.map((e) => (
              <li key={`e-${e.line}`} className="flex flex-wrap gap-x-2 py-1.5">
                <span className="font-medium text-ink tabular-nums">{t("problems.line", { line: e.line })}</span>
                {e.name ? (
                  <Link href={`/customers/${e.customerId}`} className="text-accent-700 underline">
                    {t("review.matches", { name: e.name })}
                  </Link>
                ) : (
                  <span className="text-ink-muted">{t("review.matchesErased")}</span>
                )}
              </li>
            ))}
            {findings.repeated.map((r) => (
              <li key={`r-${r.line}`} className="flex flex-wrap gap-x-2 py-1.5">
                <span className="font-medium text-ink tabular-nums">{t("problems.line", { line: r.line })}</span>
                <span className="text-ink-muted">
                  {t("review.repeats", { first: r.firstLine, field: t(`fields.${r.field}`) })}
                </span>
              </li>
            ))}
          </ul>
          <fieldset className="flex flex-col gap-2 border-t border-line px-4 py-3">
            <legend className="sr-only">{t("review.choiceLegend")}</legend>
            {(["update", "skip"] as const).map((c) => (
              <label key={c} className="flex min-h-11 items-start gap-2 text-sm text-ink sm:min-h-0">
                <input
                  type="radio"
                  name="duplicates"
                  value={c}
                  checked={choice === c}
                  onChange={() => setChoice(c)}
                  className="mt-1 size-4 accent-accent-600"
                />
                <span>
                  <span className="font-medium">{t(`review.choice.${c}`)}</span>
                  <span className="block text-ink-muted">{t(`review.choice.${c}Hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </section>
      ) : null}

      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Button onClick={() => props.onImport(choice)} disabled={props.pending || importing + duplicates === 0}>
          {t("review.import", { count: importing })}
        </Button>
        <Button variant="secondary" onClick={props.onCancel} disabled={props.pending}>
          {status.problemRows ? t("review.cancelFix") : t("review.cancel")}
        </Button>
      </div>
      <p className="text-sm text-ink-muted">
        {t("review.nothingYet")}
        {status.problemRows ? ` ${t("review.leftOut", { count: status.problemRows })}` : ""}
      </p>
    </div>
  );
}
