"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { IMPORT_COLUMNS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/validation/customer-import-file";
import type { HeaderProblem, ImportRowError } from "@/lib/validation/customer-import";

// What is wrong with a file, said so it can be fixed: the file-level reason, or every bad row with
// its line number and column. Nothing is imported while any of this is shown.

export type FileProblem =
  | {
      reason:
        | "tooLarge"
        | "notUtf8"
        | "replacementCharacters"
        | "empty"
        | "tooManyRows"
        | "unreadable"
        | "team"
        | "network"
        | "unexpected";
    }
  | { reason: "columns"; header: HeaderProblem }
  | { reason: "rows"; errors: ImportRowError[]; errorCount: number };

export function ImportProblems({ problem }: { problem: FileProblem }) {
  const t = useTranslations("customerImport");
  const format = useFormatter();
  if (problem.reason === "rows") {
    return (
      <Alert tone="error" title={t("problems.rowsTitle", { count: problem.errorCount })}>
        <p>{t("problems.rowsBody")}</p>
        <ul className="mt-2 max-h-72 list-none overflow-y-auto" data-testid="import-errors">
          {problem.errors.map((e, i) => (
            <li key={i} className="py-0.5">
              <span className="font-medium tabular-nums">{t("problems.line", { line: e.row })}</span>
              {" · "}
              {t(`columns.${e.field}`)}
              {": "}
              {t(`errors.${e.code}`)}
            </li>
          ))}
        </ul>
        {problem.errorCount > problem.errors.length ? (
          <p className="mt-1">{t("problems.more", { count: problem.errorCount - problem.errors.length })}</p>
        ) : null}
      </Alert>
    );
  }
  if (problem.reason === "columns") {
    return (
      <Alert tone="error" title={t("problems.columnsTitle")}>
        <p>{t("problems.expected", { columns: IMPORT_COLUMNS.join(", ") })}</p>
        {problem.header.missing.length ? (
          <p>{t("problems.missing", { columns: problem.header.missing.join(", ") })}</p>
        ) : null}
        {problem.header.unknown.length ? (
          <p>{t("problems.unknown", { columns: problem.header.unknown.join(", ") })}</p>
        ) : null}
      </Alert>
    );
  }
  const values = { size: format.number(IMPORT_MAX_BYTES / 1024 / 1024), rows: format.number(IMPORT_MAX_ROWS) };
  return (
    <Alert tone="error" title={t(`problems.${problem.reason}.title`)}>
      {t(`problems.${problem.reason}.body`, values)}
    </Alert>
  );
}
