"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { decodeCsvBytes, IMPORT_MAX_BYTES, IMPORT_PREVIEW_ROWS } from "@/lib/validation/customer-import-file";
import type { ImportTeam } from "@/server/customers/import-service";
import { ImportPreview } from "./import-preview";
import { ImportProblems, type FileProblem } from "./import-problems";
import { ImportProgress } from "./import-progress";
import { readFileBytes, uploadImport } from "./import-upload";

// Choose a file → it is checked here (size first, before reading; then encoding, columns, rows) and
// previewed → import sends it; the server checks everything again, adds duplicates of existing
// customers, and imports all rows or none. A new file can be chosen at any point.
// The row checks (papaparse and zod) load when a file is chosen, while it is being read.

type State =
  | { step: "idle" }
  | { step: "reading"; fraction: number }
  | { step: "ready"; bytes: Uint8Array; preview: Record<string, string>[]; total: number; problem: FileProblem | null }
  | { step: "uploading"; fraction: number; preview: Record<string, string>[]; total: number }
  | { step: "done"; imported: number };

type Picked = { name: string; size: number };

export function ImportForm({ teams }: { teams: ImportTeam[] }) {
  const t = useTranslations("customerImport");
  const format = useFormatter();
  const [state, setState] = useState<State>({ step: "idle" });
  const [file, setFile] = useState<Picked | null>(null);
  const [team, setTeam] = useState("");
  const inputId = useId();
  const problemRef = useRef<HTMLDivElement>(null);

  async function onFile(picked: File | undefined) {
    if (!picked) return;
    setFile({ name: picked.name, size: picked.size });
    const reject = (problem: FileProblem) =>
      setState({ step: "ready", bytes: new Uint8Array(), preview: [], total: 0, problem });
    if (picked.size > IMPORT_MAX_BYTES) return reject({ reason: "tooLarge" });
    setState({ step: "reading", fraction: 0 });
    const parser = import("@/lib/customer-import-parse").catch(() => null);
    const bytes = await readFileBytes(picked, (fraction) => setState({ step: "reading", fraction }));
    if (!bytes) return reject({ reason: "unreadable" });
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) return reject({ reason: decoded.reason });
    const csv = await parser;
    if (!csv) return reject({ reason: "network" });
    const parsed = csv.parseImportCsv(decoded.text, IMPORT_PREVIEW_ROWS);
    if (!parsed.ok) return reject(parsed);
    const problem: FileProblem | null = parsed.errors.length
      ? { reason: "rows", errors: parsed.errors.slice(0, 200), errorCount: parsed.errors.length }
      : null;
    setState({ step: "ready", bytes, preview: parsed.preview, total: parsed.total, problem });
  }

  async function onImport() {
    if (state.step !== "ready" || !file) return;
    const { bytes, preview, total } = state;
    setState({ step: "uploading", fraction: 0, preview, total });
    const url = `/api/customers/import?file=${encodeURIComponent(file.name)}${team ? `&team=${team}` : ""}`;
    const res = await uploadImport(url, bytes, (fraction) => setState({ step: "uploading", fraction, preview, total }));
    const body = res.body as ({ ok: true; imported: number } | ({ ok: false } & FileProblem)) | null;
    if (body?.ok) return setState({ step: "done", imported: body.imported });
    const problem: FileProblem = body && !body.ok ? body : { reason: res.status === 0 ? "network" : "unexpected" };
    setState({ step: "ready", bytes, preview, total, problem });
    requestAnimationFrame(() => problemRef.current?.focus());
  }

  const busy = state.step === "reading" || state.step === "uploading";
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-ink">
            {t("file")}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => onFile(e.target.files?.[0])}
            className="block w-full text-sm text-ink file:mr-3 file:h-9 file:rounded-md file:border file:border-line-strong file:bg-surface file:px-3 file:text-sm file:font-medium file:text-ink hover:file:bg-gray-50"
          />
          <p id={`${inputId}-hint`} className="text-xs text-ink-muted">
            {t("fileHint", { size: format.number(IMPORT_MAX_BYTES / 1024 / 1024) })}
          </p>
        </div>
        <div className="flex flex-col gap-1 sm:w-56">
          <label htmlFor={`${inputId}-team`} className="text-sm font-medium text-ink">
            {t("team")}
          </label>
          <Select id={`${inputId}-team`} value={team} onChange={(e) => setTeam(e.target.value)} disabled={busy}>
            <option value="">{t("noTeam")}</option>
            {teams.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </Select>
        </div>
      </div>

      {state.step === "reading" ? <ImportProgress label={t("reading")} fraction={state.fraction} /> : null}
      {state.step === "uploading" ? <ImportProgress label={t("uploading")} fraction={state.fraction} /> : null}
      {state.step === "done" ? (
        <Alert
          tone="success"
          title={t("done", { count: state.imported })}
          action={
            <Link href="/customers" className={buttonClasses("secondary", "sm")}>
              {t("toList")}
            </Link>
          }
        >
          {t("doneBody")}
        </Alert>
      ) : null}
      {state.step === "ready" && state.problem ? (
        <div ref={problemRef} tabIndex={-1} className="outline-none">
          <ImportProblems problem={state.problem} />
        </div>
      ) : null}
      {(state.step === "ready" || state.step === "uploading") && state.preview.length ? (
        <ImportPreview rows={state.preview} total={state.total} />
      ) : null}
      {state.step === "ready" && state.total && !state.problem ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={onImport}>{t("import", { count: state.total })}</Button>
          <p className="text-sm text-ink-muted">{t("allOrNothing")}</p>
        </div>
      ) : null}
    </div>
  );
}
