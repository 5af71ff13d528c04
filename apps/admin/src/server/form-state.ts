import "server-only";
import { isAppError, reportUnexpectedError } from "@free-city/api";
import { CHECK_ANSWERS, fieldErrorsOf } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";
import { unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";

/**
 * What a form's server action returns: nothing yet, saved, or why not, with a message per field
 * (keyed by the field's path, "schedules.0.endTime") and the values typed, so nothing is lost.
 */
export type FormState = {
  status: "idle" | "saved" | "error";
  message?: string;
  fieldErrors: Record<string, string>;
  values?: Record<string, string | string[]>;
};

export const idleForm: FormState = { status: "idle", fieldErrors: {} };

/** The form's own values, to give back when it is shown again with errors. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    const [only] = all;
    values[key] = all.length === 1 && only !== undefined ? only : all;
  }
  return values;
}

/**
 * A refused call as a form state: the procedure's zod messages next to their fields, and an
 * AppError's message (and any field messages it carries) above the form. Anything unexpected (a
 * database fault, a bug) shows a generic message with a reference, its detail logged under it:
 * the raw error's text never reaches the page. Next's own redirects and 404s pass through.
 */
export function refusedForm(error: unknown, form: FormData): FormState {
  unstable_rethrow(error);
  const values = formValues(form);
  if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR")
    return { status: "error", message: reportUnexpectedError(error).message, fieldErrors: {}, values };
  const cause = error.cause;
  if (cause instanceof ZodError) {
    return { status: "error", message: CHECK_ANSWERS, fieldErrors: fieldErrorsOf(cause.issues), values };
  }
  if (isAppError(cause)) {
    const detailFields = (cause.detail?.fieldErrors ?? {}) as Record<string, string>;
    return { status: "error", message: cause.message, fieldErrors: detailFields, values };
  }
  return { status: "error", message: error.message, fieldErrors: {}, values };
}

/** Runs a procedure call for a form: saved, or refused with messages. */
export async function attempt(form: FormData, call: () => Promise<unknown>): Promise<FormState> {
  try {
    await call();
    return { status: "saved", fieldErrors: {} };
  } catch (error) {
    return refusedForm(error, form);
  }
}

/** A text field: trimmed, or null when blank. */
export function text(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** A text field where blank means "" (optional prose). */
export function prose(form: FormData, name: string): string {
  return text(form, name) ?? "";
}

/**
 * A number field: the number, null when blank, or the text itself when it is not a number, so
 * the schema's message ("Enter a whole number") reaches the field instead of a silent blank.
 */
export function numberField(form: FormData, name: string): number | null {
  const value = text(form, name);
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : (value as unknown as number);
}

export function checkbox(form: FormData, name: string): boolean {
  return form.get(name) === "on" || form.get(name) === "yes";
}

export function list(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
}
