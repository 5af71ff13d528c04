"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useRef } from "react";
import type { FormState } from "~/server/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

const FormContext = createContext<FormState>({ status: "idle", fieldErrors: {} });

/** The state of the form around a field: its error and the value typed last time. */
export function useFieldState(name: string, defaultValue?: string | string[] | null) {
  const state = useContext(FormContext);
  const typed = state.values?.[name];
  return {
    error: state.fieldErrors[name],
    value: state.values ? (typed ?? "") : (defaultValue ?? ""),
    submitted: state.values !== undefined,
  };
}

/** A field's element id: the form's prefix and the field's name (the error summary links to it). */
export const fieldId = (name: string, prefix = "f") => `${prefix}-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;

/**
 * The id prefix of the form a field is in. Pages with several forms using the same field names
 * (one per suggestion, say) give each form its own, so no two fields share an id and every label
 * points at its own control.
 */
const FieldIdPrefix = createContext("f");

export function useFieldId(name: string): string {
  return fieldId(name, useContext(FieldIdPrefix));
}

/**
 * A form posting to a server action. Works without JavaScript (a plain POST); with it, the page
 * stays put, the typed values are kept (React would otherwise reset the form), and on errors a
 * summary at the top takes the focus and links to each field (GOV.UK error summary pattern).
 */
export function ActionForm({
  action,
  initial,
  submitLabel,
  children,
  savedMessage,
  secondary,
  idPrefix = "f",
}: {
  action: Action;
  initial: FormState;
  submitLabel: string;
  children: React.ReactNode;
  savedMessage?: string;
  secondary?: React.ReactNode;
  /** Needed only when a page has several forms with the same field names. */
  idPrefix?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") summary.current?.focus();
  }, [state]);
  const fieldMessages = Object.entries(state.fieldErrors);
  return (
    <FieldIdPrefix.Provider value={idPrefix}>
      <FormContext.Provider value={state}>
        <form
          noValidate
          action={formAction}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            startTransition(() => formAction(data));
          }}
        >
          {state.status === "error" ? (
            <div
              className="error-summary"
              role="alert"
              tabIndex={-1}
              ref={summary}
              aria-labelledby="error-summary-title"
            >
              <h2 id="error-summary-title">There is a problem</h2>
              {state.message ? <p>{state.message}</p> : null}
              {fieldMessages.length > 0 ? (
                <ul>
                  {fieldMessages.map(([name, message]) => (
                    <li key={name}>
                      <a href={`#${fieldId(name, idPrefix)}`}>{message}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {state.status === "saved" && savedMessage ? (
            <div className="banner banner--success" role="status" tabIndex={-1} ref={summary}>
              <p>{savedMessage}</p>
            </div>
          ) : null}
          {children}
          <div className="button-group">
            <button className="button" type="submit" disabled={pending} aria-disabled={pending}>
              {pending ? "Saving…" : submitLabel}
            </button>
            {secondary}
          </div>
        </form>
      </FormContext.Provider>
    </FieldIdPrefix.Provider>
  );
}
