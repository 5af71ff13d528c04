"use server";

import { reportUnexpectedError } from "@free-city/api";
import { TRPCError } from "@trpc/server";
import { api } from "~/trpc/server";

export type ImportReport =
  | { kind: "checked"; rows: number; errors: { row: number; column: string; message: string }[]; more: number }
  | { kind: "imported"; created: number }
  | { kind: "refused"; message: string };

function refused(error: unknown): ImportReport {
  if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR")
    return { kind: "refused", message: reportUnexpectedError(error).message };
  return {
    kind: "refused",
    message:
      error.code === "BAD_REQUEST"
        ? "That file could not be read as a CSV file. Save it from your spreadsheet as “CSV UTF-8” and try again."
        : error.message,
  };
}

/** Checks every row of the file and reports each problem by row, column and reason. Changes nothing. */
export async function checkImport(organisationId: string, csv: string): Promise<ImportReport> {
  try {
    const report = await (await api()).offerImport.validate({ organisationId, csv });
    return {
      kind: "checked",
      rows: report.rows,
      errors: report.ok ? [] : report.errors,
      more: report.ok ? 0 : report.more,
    };
  } catch (error) {
    return refused(error);
  }
}

/** Imports the whole file as drafts, or nothing at all. */
export async function runImport(organisationId: string, csv: string): Promise<ImportReport> {
  try {
    const result = await (await api()).offerImport.run({ organisationId, csv });
    return result.ok
      ? { kind: "imported", created: result.created.length }
      : { kind: "checked", rows: result.rows, errors: result.errors, more: result.more };
  } catch (error) {
    return refused(error);
  }
}
