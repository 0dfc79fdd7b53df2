"use client";

import { useTranslations } from "next-intl";
import type { MappedRow, RowProblem } from "@/lib/customer-import/rows";
import { problemMax } from "./problem-text";

// The first rows as Reise will read them with this mapping: what a customer will be called, their
// e-mail and phone as stored (+47…), and any problem marked on its row. The whole file is checked
// by the server in the next step.

export function MappedPreview({ preview }: { preview: { rows: MappedRow[]; problems: RowProblem[] } }) {
  const t = useTranslations("customerImport");
  const lines = [...new Set([...preview.rows.map((r) => r.line), ...preview.problems.map((p) => p.line)])].sort(
    (a, b) => a - b,
  );
  const rowOf = new Map(preview.rows.map((r) => [r.line, r]));
  return (
    <section aria-labelledby="import-preview-title" className="rounded-lg border border-line bg-surface">
      <h2 id="import-preview-title" className="border-b border-line px-4 py-3 text-base font-semibold text-ink">
        {t("wizard.previewHeading")}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("wizard.previewHeading")}</caption>
          <thead className="text-xs text-ink-muted">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("preview.line")}
              </th>
              {(["name", "email", "phone", "city", "owner", "journeyStage"] as const).map((f) => (
                <th key={f} scope="col" className="px-3 py-2 font-medium">
                  {t(`fields.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {lines.map((line) => {
              const row = rowOf.get(line);
              const problems = preview.problems.filter((p) => p.line === line);
              return (
                <tr key={line} className={problems.length ? "bg-danger-bg" : undefined}>
                  <td className="px-4 py-2 align-top text-ink-muted tabular-nums">{line}</td>
                  {row ? (
                    <>
                      <td className="px-3 py-2 align-top text-ink">{row.name}</td>
                      <td className="px-3 py-2 align-top text-ink">{row.email}</td>
                      <td className="px-3 py-2 align-top whitespace-nowrap text-ink">{row.phone}</td>
                      <td className="px-3 py-2 align-top text-ink">{row.city}</td>
                      <td className="px-3 py-2 align-top text-ink">{row.owner}</td>
                      <td className="px-3 py-2 align-top text-ink">{row.journeyStage ?? ""}</td>
                    </>
                  ) : (
                    <td colSpan={6} className="px-3 py-2 align-top text-danger-fg">
                      {problems.map((p, i) => (
                        <p key={i}>
                          <span className="font-medium">{t(`fields.${p.field}`)}:</span>{" "}
                          {t(`rowProblems.${p.code}`, { max: problemMax(p.code) })}
                          {p.value ? <span className="text-ink-muted"> ({p.value})</span> : null}
                        </p>
                      ))}
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
