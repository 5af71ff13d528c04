import { ERROR_WORDS } from "~/components/error-words";
import { type Locale, localePath } from "~/i18n/config";

/**
 * What a failed page says (error.tsx, global-error.tsx): no stack trace, a way to try again. It
 * renders in the browser, away from the server's translations, so its few words are in
 * error-words.ts, in each language.
 */
export function ErrorMessage({ locale, reset }: { locale: Locale; reset: () => void }) {
  const words = ERROR_WORDS[locale];
  return (
    <>
      <h1>{words.title}</h1>
      <p className="lead">{words.body}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {words.retry}
        </button>{" "}
        <a href={localePath(locale, "/")}>{words.home}</a>
      </p>
    </>
  );
}
