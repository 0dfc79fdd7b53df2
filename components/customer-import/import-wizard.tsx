"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ImportProgress } from "./import-progress";
import { readFileBytes, uploadImport } from "./import-upload";
import type { ColumnMapping } from "@/lib/customer-import/fields";
import type { ImportPreset } from "@/lib/customer-import/presets";
import type { SavedMapping } from "@/lib/customer-import/saved-mapping";
import { IMPORT_MAX_BYTES } from "@/lib/validation/customer-import-file";
import { MappingTable } from "./mapping-table";
import { MappedPreview } from "./mapped-preview";
import { ReadSettings, type ImportTeam } from "./read-settings";
import { SaveMapping } from "./save-mapping";
import { useFileView, type Reading, type ReaderLib } from "./use-file-reading";

// Step one of an import: choose a file → Reise guesses how to read it (encoding, delimiter, header
// row) and which column is which (HubSpot, Pipedrive, a Nordic sheet, Reise's own export, or a
// mapping saved earlier) → the manager corrects what it guessed, with a preview of the first rows →
// "Check the file" uploads it, and the server checks every row in the background
// (/customers/import/<id>). Nothing is written to customers before the manager has seen the check.

type Loaded = {
  name: string;
  bytes: Uint8Array;
  preset: ImportPreset | null;
  savedName: string | null;
  lib: ReaderLib;
};
type Phase = { step: "idle" } | { step: "reading"; fraction: number } | { step: "uploading"; fraction: number };
type FileProblem = "tooLarge" | "unreadable" | "network" | "unexpected" | "options" | "team" | "empty";

export function ImportWizard({ teams, saved }: { teams: ImportTeam[]; saved: SavedMapping[] }) {
  const t = useTranslations("customerImport");
  const format = useFormatter();
  const router = useRouter();
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [teamId, setTeamId] = useState("");
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  function guess(lib: ReaderLib, bytes: Uint8Array, encoding = lib.detectEncoding(bytes)) {
    const head = lib.decodeImportBytes(bytes.subarray(0, 128 * 1024), encoding);
    const text = head.ok ? head.text : new TextDecoder("utf-8").decode(bytes.subarray(0, 128 * 1024));
    const sniffed = lib.sniffCsv(text);
    // A mapping the manager saved for these columns wins over a guess.
    const match = saved.find((s) => lib.applySavedMapping(s.mapping, sniffed.columns).some(Boolean));
    const suggested = lib.suggestMapping(sniffed.columns);
    const mapping: ColumnMapping = match ? lib.applySavedMapping(match.mapping, sniffed.columns) : suggested.mapping;
    return {
      preset: match ? null : suggested.preset,
      savedName: match ? match.name : null,
      reading: {
        settings: {
          encoding,
          delimiter: sniffed.delimiter,
          headerLine: sniffed.headerLine,
          country: match?.country ?? "NO",
        },
        mapping,
      } satisfies Reading,
    };
  }

  async function onFile(picked: File | undefined) {
    if (!picked) return;
    setProblem(null);
    if (picked.size > IMPORT_MAX_BYTES) {
      setLoaded(null);
      return fail("tooLarge");
    }
    setPhase({ step: "reading", fraction: 0 });
    const reader = import("@/lib/customer-import/browser").catch(() => null);
    const bytes = await readFileBytes(picked, (fraction) => setPhase({ step: "reading", fraction }));
    const lib = await reader;
    setPhase({ step: "idle" });
    if (!lib) return fail("network");
    if (!bytes) return fail("unreadable");
    if (!bytes.byteLength) return fail("empty");
    const g = guess(lib, bytes);
    setLoaded({ name: picked.name, bytes, preset: g.preset, savedName: g.savedName, lib });
    setReading(g.reading);
  }

  function fail(reason: FileProblem) {
    setProblem(reason);
    requestAnimationFrame(() => problemRef.current?.focus());
  }

  async function onCheck() {
    if (!loaded || !reading) return;
    setProblem(null);
    const options = { ...reading.settings, mapping: reading.mapping, teamId: teamId || null };
    const url = `/api/customers/import?file=${encodeURIComponent(loaded.name)}&options=${encodeURIComponent(JSON.stringify(options))}`;
    setPhase({ step: "uploading", fraction: 0 });
    const res = await uploadImport(url, loaded.bytes, (fraction) => setPhase({ step: "uploading", fraction }));
    const body = res.body as { ok: true; importId: string } | { ok: false; reason: FileProblem } | null;
    if (body?.ok) return router.push(`/customers/import/${body.importId}`);
    setPhase({ step: "idle" });
    fail(body && !body.ok ? body.reason : res.status === 0 ? "network" : "unexpected");
  }

  const busy = phase.step !== "idle";
  return (
    <div className="flex flex-col gap-5">
      <section className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4">
        <label htmlFor={inputId} className="text-sm font-medium text-ink">
          {t("wizard.file")}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => onFile(e.target.files?.[0])}
          className="block w-full text-sm text-ink file:mr-3 file:h-11 file:rounded-md file:border file:border-line-strong file:bg-surface file:px-3 file:text-sm file:font-medium file:text-ink hover:file:bg-gray-50 sm:file:h-9"
        />
        <p id={`${inputId}-hint`} className="text-xs text-ink-muted">
          {t("wizard.fileHint", { size: format.number(IMPORT_MAX_BYTES / 1024 / 1024) })}
        </p>
      </section>

      {phase.step === "reading" ? <ImportProgress label={t("reading")} fraction={phase.fraction} /> : null}
      {problem ? (
        <div ref={problemRef} tabIndex={-1} className="outline-none">
          <Alert tone="error" title={t(`wizard.problems.${problem}.title`)}>
            {t(`wizard.problems.${problem}.body`, { size: format.number(IMPORT_MAX_BYTES / 1024 / 1024) })}
          </Alert>
        </div>
      ) : null}

      {loaded && reading ? (
        <LoadedFile
          loaded={loaded}
          reading={reading}
          onReading={setReading}
          onEncoding={(encoding) => setReading(guess(loaded.lib, loaded.bytes, encoding).reading)}
          teams={teams}
          teamId={teamId}
          onTeam={setTeamId}
          busy={busy}
          onCheck={onCheck}
          uploading={phase.step === "uploading" ? phase.fraction : null}
        />
      ) : null}
    </div>
  );
}

function LoadedFile(props: {
  loaded: Loaded;
  reading: Reading;
  onReading: (r: Reading) => void;
  onEncoding: (e: Reading["settings"]["encoding"]) => void;
  teams: ImportTeam[];
  teamId: string;
  onTeam: (id: string) => void;
  busy: boolean;
  onCheck: () => void;
  uploading: number | null;
}) {
  const t = useTranslations("customerImport");
  const { loaded, reading, onReading } = props;
  const view = useFileView(loaded.lib, loaded.bytes, reading);
  const recognised = loaded.preset
    ? t("wizard.recognised", { preset: t(`presets.${loaded.preset}`) })
    : loaded.savedName
      ? t("wizard.savedUsed", { name: loaded.savedName })
      : t("wizard.notRecognised");
  return (
    <>
      <p className="text-sm text-ink" role="status">
        <span className="font-medium">{loaded.name}</span> · {recognised}
      </p>
      <ReadSettings
        settings={reading.settings}
        onChange={(settings) =>
          settings.encoding !== reading.settings.encoding
            ? props.onEncoding(settings.encoding)
            : onReading({ ...reading, settings })
        }
        teams={props.teams}
        teamId={props.teamId}
        onTeam={props.onTeam}
        disabled={props.busy}
      />
      {!view.ok ? (
        <Alert tone="error" title={t(`wizard.problems.${view.reason}.title`)}>
          {t(`wizard.problems.${view.reason}.body`, { size: 0 })}
        </Alert>
      ) : (
        <>
          <MappingTable
            columns={view.columns}
            samples={view.samples}
            mapping={reading.mapping}
            onChange={(mapping) => onReading({ ...reading, mapping })}
            disabled={props.busy}
          />
          {view.mappingProblem ? (
            <Alert tone="error" title={t("wizard.mappingTitle")}>
              {view.mappingProblem.code === "fieldTwice"
                ? t("mappingProblems.fieldTwice", { field: t(`fields.${view.mappingProblem.field}`) })
                : t("mappingProblems.nameMissing")}
            </Alert>
          ) : (
            <MappedPreview preview={view.preview} />
          )}
          {props.uploading !== null ? <ImportProgress label={t("uploading")} fraction={props.uploading} /> : null}
          <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
            <div className="flex flex-col items-stretch gap-1 sm:items-start">
              <Button onClick={props.onCheck} disabled={props.busy || !!view.mappingProblem}>
                {t("wizard.check")}
              </Button>
              <p className="text-xs text-ink-muted">{t("wizard.checkHint")}</p>
            </div>
            <SaveMapping columns={view.columns} mapping={reading.mapping} country={reading.settings.country} />
          </div>
        </>
      )}
    </>
  );
}
