import { readAdminEnv, STAFF_SSO_PROVIDER } from "@free-city/api/auth";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser, isDemoOutbox } from "~/server/auth";
import { SignInForm } from "./sign-in-form";
import { StaffSsoButton } from "./staff-sso-button";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string }>;
}) {
  if (await getSessionUser()) redirect("/");
  const { callbackUrl, signedOut } = await searchParams;
  // Only ever send people back to a page of this site.
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const sso = readAdminEnv().oidc;
  return (
    <>
      {signedOut ? (
        <div className="banner banner--success" role="status">
          <p>You have signed out.</p>
        </div>
      ) : null}
      <h1>Sign in to Free City</h1>
      <p className="lead">For businesses, venues, clubs, charities and council staff.</p>
      <p>Enter your email address and we will send you a link to sign in. You do not need a password.</p>
      <SignInForm callbackUrl={safeCallback} />
      {sso ? (
        <div className="sso">
          <h2>Council staff</h2>
          <StaffSsoButton providerId={STAFF_SSO_PROVIDER} name={sso.name} callbackUrl={safeCallback} />
        </div>
      ) : null}
      {isDemoOutbox() ? (
        <p className="muted">
          This is a demo: no emails are sent. Sign-in links appear in the <a href="/outbox">demo outbox</a>. Try
          partner@example.org, partner2@example.org, moderator@example.org or admin@example.org.
        </p>
      ) : null}
    </>
  );
}
