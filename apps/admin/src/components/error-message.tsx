/**
 * What a failed page says (error.tsx, global-error.tsx): a plain apology, a way to try again and
 * the reference its detail is logged under on the server (never the error's own text).
 */
export function ErrorMessage({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <>
      <h1>Sorry, something went wrong</h1>
      <p className="lead">This is our fault, not yours. Please try again in a minute.</p>
      {digest ? (
        <p>
          If it keeps happening, tell the Free City team this reference: <code>{digest}</code>
        </p>
      ) : null}
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a href="/">Go to the start page</a>
      </p>
    </>
  );
}
