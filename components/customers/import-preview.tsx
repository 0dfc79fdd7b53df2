"use client";

import { useTranslations } from "next-intl";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { IMPORT_COLUMNS } from "@/lib/validation/customer-import-file";

// The first rows of the file as they will be read. Cells are React text: markup in a name shows as
// the characters it is, never as HTML.

export function ImportPreview({ rows, total }: { rows: Record<string, string>[]; total: number }) {
  const t = useTranslations("customerImport");
  return (
    <section className="flex flex-col gap-2" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" className="text-base font-semibold">
        {t("preview.title", { shown: rows.length, total })}
      </h2>
      <Table caption={t("preview.caption")} containerClassName="max-h-96">
        <THead>
          <tr>
            <Th numeric>{t("preview.line")}</Th>
            {IMPORT_COLUMNS.map((c) => (
              <Th key={c}>{t(`columns.${c}`)}</Th>
            ))}
          </tr>
        </THead>
        <TBody>
          {rows.map((row, i) => (
            <Tr key={i}>
              <Td numeric className="text-ink-muted">
                {i + 2}
              </Td>
              {IMPORT_COLUMNS.map((c) => (
                <Td key={c} truncate>
                  {row[c] ?? ""}
                </Td>
              ))}
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
