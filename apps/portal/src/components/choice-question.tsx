import type { I18n } from "~/i18n/server";

/**
 * One question answered by picking one option (radio buttons in a fieldset), with its error
 * said in words, tied to the question for screen readers and marked on each option.
 */
export function ChoiceQuestion({
  name,
  legend,
  options,
  error,
  i18n,
  className = "radios",
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  /** The message when the question was left unanswered, or undefined. */
  error: string | undefined;
  i18n: I18n;
  className?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">{i18n.t("voice.errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      <div className={className}>
        {options.map((option) => (
          <div className="radio" key={option.value}>
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
