import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, string> = {
  Verification: "That sign-in link has expired or has already been used. Links work once, for an hour.",
  RateLimited: "You have asked for too many sign-in links. Wait 15 minutes, then try again.",
  EmailRateLimited:
    "We sent a sign-in link to this address in the last hour. Use the newest link in that email (it works for an hour), or wait a minute and ask again.",
  EmailInvalid: "That email address does not look right.",
  EmailNotVerified:
    "Your council account does not confirm that its email address is verified, so it can't be used to sign in here. Sign in with an email link, or ask your IT team.",
  DomainNotAllowed:
    "Single sign-on here is for the council's own email addresses. Sign in with an email link, or ask a Free City administrator.",
  AccountMismatch:
    "This staff account is already linked to a different council account. Ask a Free City administrator to check it.",
  AccessDenied: "This account cannot sign in. Contact the council team if you think this is wrong.",
  NotStaff:
    "Single sign-on is for council staff, and your account is not a staff account here. Ask a Free City administrator to add you, or sign in with an email link.",
  OAuthCallback: "Your council account did not let you in. Try again, or sign in with an email link.",
  OAuthSignin:
    "We could not reach your council's sign-in service. Try again in a moment, or sign in with an email link.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <>
      <h1>We could not sign you in</h1>
      <p className="lead">{MESSAGES[error ?? ""] ?? "Something went wrong while signing you in."}</p>
      <p>
        <Link href="/sign-in">Ask for a new sign-in link</Link>
      </p>
    </>
  );
}
