"use client";

import { useFieldId, useFieldState } from "./action-form";

type Common = { name: string; label: string; hint?: string };
/** The language of what is typed, when it is not the page's (a partner's Urdu translation, say). */
type TypedLanguage = { lang?: string; dir?: "ltr" | "rtl" };

function Message({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </span>
  ) : null;
}

/** Under a label or legend: the hint, then the error (the ids `describedBy` names). */
function HintAndMessage({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <Message id={id} error={error} />
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * A control's id and name, its value (what was typed, after a refused submit) and the hint and
 * error that describe it: spread onto the input, textarea or select.
 */
function useControl(name: string, initial: string, hint?: string) {
  const id = useFieldId(name);
  const { error, value } = useFieldState(name, initial);
  const control = {
    id,
    name,
    defaultValue: String(value),
    "aria-describedby": describedBy(id, hint, error),
    "aria-invalid": error ? true : undefined,
  };
  return { id, error, control };
}

/** A single control's frame: label, hint and error above it, in the order a screen reader reads them. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  hideLabel,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  hideLabel?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className={hideLabel ? "visually-hidden" : "label"} htmlFor={id}>
        {label}
      </label>
      <HintAndMessage id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  defaultValue,
  type = "text",
  autoComplete,
  width,
  inputMode,
  hideLabel,
  lang,
  dir,
}: Common &
  TypedLanguage & {
    defaultValue?: string | number | null;
    type?: string;
    autoComplete?: string;
    width?: "short" | "medium";
    inputMode?: "numeric" | "decimal" | "tel" | "email" | "url";
    /** The label is read out but not shown (a table's column heading shows it already). */
    hideLabel?: boolean;
  }) {
  const { id, error, control } = useControl(
    name,
    defaultValue === null || defaultValue === undefined ? "" : String(defaultValue),
    hint,
  );
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <input
        className={`input${width ? ` input--${width}` : ""}`}
        {...control}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        lang={lang}
        dir={dir}
      />
    </FieldFrame>
  );
}

export function TextArea({
  name,
  label,
  hint,
  defaultValue,
  rows = 5,
  lang,
  dir,
}: Common & TypedLanguage & { defaultValue?: string | null; rows?: number }) {
  const { id, error, control } = useControl(name, defaultValue ?? "", hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea className="input textarea" {...control} rows={rows} lang={lang} dir={dir} />
    </FieldFrame>
  );
}

export function Select({
  name,
  label,
  hint,
  defaultValue,
  options,
}: Common & { defaultValue?: string | null; options: { value: string; label: string }[] }) {
  const { id, error, control } = useControl(name, defaultValue ?? "", hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select className="input select" {...control}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Radios or checkboxes in a fieldset with a legend; the first input carries the field's id for the error summary link. */
export function Choices({
  name,
  legend,
  hint,
  type,
  options,
  defaultValue,
}: {
  name: string;
  legend: string;
  hint?: string;
  type: "radio" | "checkbox";
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string | string[] | null;
}) {
  const id = useFieldId(name);
  const { error, value } = useFieldState(name, defaultValue ?? (type === "checkbox" ? [] : ""));
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="label">{legend}</legend>
        <HintAndMessage id={id} hint={hint} error={error} />
        <div className={type === "radio" ? "radios" : "checkboxes"}>
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div className="choice" key={o.value}>
                <input
                  className="choice__input"
                  id={optionId}
                  name={name}
                  type={type}
                  value={o.value}
                  defaultChecked={chosen.has(o.value)}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                />
                <label className="choice__label" htmlFor={optionId}>
                  {o.label}
                </label>
                {o.hint ? (
                  <span className="hint choice__hint" id={`${optionId}-hint`}>
                    {o.hint}
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One yes/no checkbox. */
export function Checkbox({ name, label, hint, defaultChecked }: Common & { defaultChecked?: boolean }) {
  const id = useFieldId(name);
  const { error, value, submitted } = useFieldState(name, defaultChecked ? "on" : "");
  const checked = submitted ? value === "on" : Boolean(defaultChecked);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <Message id={id} error={error} />
      <div className="choice">
        <input
          className="choice__input"
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <span className="hint choice__hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}
