"use client";

import Link from "next/link";
import { useRef, useState, useTransition } from "react";
import { Table } from "~/components/table";
import { checkImport, type ImportReport, runImport } from "./actions";

const MAX_BYTES = 1_000_000;

type Stage =
  | { step: "choose" }
  | { step: "reading"; loaded: number; total: number }
  | { step: "checking"; name: string }
  | { step: "importing"; rows: number };

/**
 * Choose a file → it is read (with progress) → every row is checked on the server → the report,
 * or a button to import them all as drafts. The file never leaves this page until it is checked.
 */
export function ImportForm({ organisationId }: { organisationId: string }) {
  const [stage, setStage] = useState<Stage>({ step: "choose" });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const result = useRef<HTMLDivElement>(null);
  const show = (r: ImportReport) => {
    setReport(r);
    setStage({ step: "choose" });
    requestAnimationFrame(() => result.current?.focus());
  };

  function onFile(file: File | undefined) {
    setReport(null);
    setCsv(null);
    if (!file) return;
    if (file.size > MAX_BYTES)
      return show({
        kind: "refused",
        message: `That file is ${(file.size / 1_000_000).toFixed(1)} MB. Files can be up to 1 MB (about 500 offers): split it into smaller files.`,
      });
    const reader = new FileReader();
    reader.onprogress = (e) => setStage({ step: "reading", loaded: e.loaded, total: e.total || file.size });
    reader.onerror = () =>
      show({ kind: "refused", message: "We could not read that file. Try saving it again from your spreadsheet." });
    reader.onload = () => {
      const text = String(reader.result ?? "");
      setCsv(text);
      setStage({ step: "checking", name: file.name });
      startTransition(async () => show(await checkImport(organisationId, text)));
    };
    reader.readAsText(file, "utf-8");
  }

  function onImport() {
    if (!csv || report?.kind !== "checked") return;
    setStage({ step: "importing", rows: report.rows });
    startTransition(async () => show(await runImport(organisationId, csv)));
  }

  const busy = stage.step !== "choose";
  return (
    <>
      <div className="field">
        <label className="label" htmlFor="import-file">
          Your CSV file
        </label>
        <span className="hint" id="import-file-hint">
          Up to 500 offers (1 MB). Saved from a spreadsheet as “CSV UTF-8”.
        </span>
        <input
          id="import-file"
          className="file-input"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="import-file-hint"
          disabled={busy}
          onChange={(e) => onFile(e.currentTarget.files?.[0])}
        />
      </div>
      <div aria-live="polite" className="import-progress">
        {stage.step === "reading" ? (
          <p>
            <label htmlFor="import-progress">Reading the file…</label>{" "}
            <progress id="import-progress" max={stage.total} value={stage.loaded}>
              {Math.round((stage.loaded / stage.total) * 100)}%
            </progress>
          </p>
        ) : null}
        {stage.step === "checking" ? (
          <p>
            <label htmlFor="import-progress">Checking every row of {stage.name}…</label>{" "}
            <progress id="import-progress" />
          </p>
        ) : null}
        {stage.step === "importing" ? (
          <p>
            <label htmlFor="import-progress">Importing {stage.rows} offers…</label> <progress id="import-progress" />
          </p>
        ) : null}
      </div>
      <div ref={result} tabIndex={-1} className="import-result">
        {report?.kind === "refused" ? (
          <div className="error-summary" role="alert">
            <h2>There is a problem with the file</h2>
            <p>{report.message}</p>
          </div>
        ) : null}
        {report?.kind === "checked" && report.errors.length > 0 ? (
          <div className="error-summary" role="alert">
            <h2>
              {report.errors.length + report.more} {report.errors.length + report.more === 1 ? "problem" : "problems"}{" "}
              to fix. Nothing has been imported.
            </h2>
            <p>
              Fix these in your spreadsheet, save it as CSV again, and choose the file again. Row numbers are as your
              spreadsheet shows them (the column names are row 1).
            </p>
            <Table caption="Problems by row and column" hideCaption columns={["Row", "Column", "What to fix"]}>
              {report.errors.map((e, i) => (
                <tr key={i}>
                  <td>{e.row}</td>
                  <td>{e.column || "–"}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </Table>
            {report.more > 0 ? <p>And {report.more} more. Fix these first, then check again.</p> : null}
          </div>
        ) : null}
        {report?.kind === "checked" && report.errors.length === 0 ? (
          <div className="banner banner--success" role="status">
            <p>
              All {report.rows} {report.rows === 1 ? "row is" : "rows are"} fine. Import them as drafts? You can check
              each one, then submit them for review.
            </p>
            <button type="button" className="button" onClick={onImport} disabled={busy}>
              Import {report.rows} {report.rows === 1 ? "offer" : "offers"} as drafts
            </button>
          </div>
        ) : null}
        {report?.kind === "imported" ? (
          <div className="banner banner--success" role="status">
            <p>
              Imported {report.created} {report.created === 1 ? "offer" : "offers"} as drafts.{" "}
              <Link href={`/organisations/${organisationId}`}>Go to your offers</Link> to check and submit them.
            </p>
          </div>
        ) : null}
      </div>
    </>
  );
}
