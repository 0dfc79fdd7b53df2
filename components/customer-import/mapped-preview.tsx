"use client";

import { useTranslations } from "next-intl";
import type { MappedRow, RowProblem } from "@/lib/customer-import/rows";
import { problemMax } from "./problem-text";

// The first rows as Reise will read them with this mapping: what a customer will be called, their
// e-mail and phone as stored (+47…), and any problem marked on its row. The whole file is checked
// by the server in the next step. A table from sm up; on a phone each row is a short card, so a
// problem's words are never cut off at the screen's edge.

const COLUMNS = ["name", "email", "phone", "city", "owner", "journeyStage"] as const;

export function MappedPreview({ preview }: { preview: { rows: MappedRow[]; problems: RowProblem[] } }) {
  const t = useTranslations("customerImport");
  const stages = useTranslations("customerList.stages");
  const lines = [...new Set([...preview.rows.map((r) => r.line), ...preview.problems.map((p) => p.line)])].sort(
    (a, b) => a - b,
  );
  const rowOf = new Map(preview.rows.map((r) => [r.line, r]));
  const value = (row: MappedRow, column: (typeof COLUMNS)[number]) =>
    column === "journeyStage" ? (row.journeyStage ? stages(row.journeyStage) : "") : (row[column] ?? "");
  const problemsOf = (line: number) =>
    preview.problems
      .filter((p) => p.line === line)
      .map((p, i) => (
        <p key={i}>
          <span className="font-medium">{t(`fields.${p.field}`)}:</span>{" "}
          {t(`rowProblems.${p.code}`, { max: problemMax(p.code) })}
          {p.value ? <span className="break-all text-ink-muted"> ({p.value})</span> : null}
        </p>
      ));
  return (
    <section aria-labelledby="import-preview-title" className="rounded-lg border border-line bg-surface">
      <h2 id="import-preview-title" className="border-b border-line px-4 py-3 text-base font-semibold text-ink">
        {t("wizard.previewHeading")}
      </h2>
      <ul className="divide-y divide-line text-sm sm:hidden">
        {lines.map((line) => {
          const row = rowOf.get(line);
          return (
            <li key={line} className={row ? "px-4 py-2" : "bg-danger-bg px-4 py-2 text-danger-fg"}>
              <p className="text-xs text-ink-muted">{t("problems.line", { line })}</p>
              {row ? (
                <>
                  <p className="font-medium break-words text-ink">{row.name}</p>
                  <p className="break-words text-ink-muted">
                    {[row.email, row.phone, row.city].filter(Boolean).join(" · ")}
                  </p>
                </>
              ) : (
                problemsOf(line)
              )}
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("wizard.previewHeading")}</caption>
          <thead className="text-xs text-ink-muted">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("preview.line")}
              </th>
              {COLUMNS.map((f) => (
                <th key={f} scope="col" className="px-3 py-2 font-medium">
                  {t(`fields.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {lines.map((line) => {
              const row = rowOf.get(line);
              return (
                <tr key={line} className={row ? undefined : "bg-danger-bg"}>
                  <td className="px-4 py-2 align-top text-ink-muted tabular-nums">{line}</td>
                  {row ? (
                    COLUMNS.map((c) => (
                      <td key={c} className="px-3 py-2 align-top break-words text-ink">
                        {value(row, c)}
                      </td>
                    ))
                  ) : (
                    <td colSpan={COLUMNS.length} className="px-3 py-2 align-top text-danger-fg">
                      {problemsOf(line)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
