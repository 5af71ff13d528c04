"use client";

import { signInRequest } from "@free-city/schemas";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useRef, useState } from "react";

const SERVER_ERRORS: Record<string, string> = {
  RateLimited: "You have asked for too many sign-in links from here. Wait 15 minutes, then try again.",
  EmailRateLimited:
    "We sent a sign-in link to this address in the last hour. Use the newest link in that email (it works for an hour), or wait a minute and ask again.",
  EmailInvalid: "Enter an email address like name@example.org",
  AccessDenied: "This account cannot sign in. Contact the council team if you think this is wrong.",
};

export function SignInForm({
  callbackUrl,
  defaultEmail,
  submitLabel = "Send me a sign-in link",
}: {
  callbackUrl: string;
  defaultEmail?: string;
  submitLabel?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signInRequest.safeParse({ email: new FormData(event.currentTarget).get("email") });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter your email address");
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("email", { email: parsed.data.email, callbackUrl, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(SERVER_ERRORS[result?.error ?? ""] ?? "We could not send the link. Please try again in a moment.");
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    router.push(`/sign-in/check-email?email=${encodeURIComponent(parsed.data.email)}`);
  }

  return (
    <form noValidate onSubmit={onSubmit} method="post" action="/api/auth/signin/email">
      {error ? (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title">There is a problem</h2>
          <p>
            {/* biome-ignore lint/a11y/useValidAnchor: a real link to the field (works without JS); the script only moves focus */}
            <a
              href="#email"
              onClick={(e) => {
                e.preventDefault();
                inputRef.current?.focus();
              }}
            >
              {error}
            </a>
          </p>
        </div>
      ) : null}
      <div className={`field${error ? " field--error" : ""}`}>
        <label className="label" htmlFor="email">
          Email address
        </label>
        <span className="hint" id="email-hint">
          Use the email address your organisation uses for Free City.
        </span>
        {error ? (
          <span className="error-message" id="email-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </span>
        ) : null}
        <input
          ref={inputRef}
          className="input"
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={defaultEmail}
          spellCheck={false}
          aria-describedby={error ? "email-hint email-error" : "email-hint"}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Sending…" : submitLabel}
      </button>
    </form>
  );
}
