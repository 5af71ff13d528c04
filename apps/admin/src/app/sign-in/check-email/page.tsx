import type { Metadata } from "next";
import Link from "next/link";
import { isDemoOutbox } from "~/server/auth";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <>
      <h1>Check your email</h1>
      <p className="lead">
        We have sent a sign-in link
        {email ? (
          <>
            {" "}
            to <strong>{email}</strong>
          </>
        ) : null}
        .
      </p>
      <p>Open the email and select the link to sign in. The link works once and stops working after an hour.</p>
      <p>
        Not arrived after a few minutes? Check your junk folder, or <Link href="/sign-in">ask for a new link</Link>.
      </p>
      {isDemoOutbox() ? (
        <div className="banner">
          <p>
            This is a demo, so the email was not really sent. Open the <Link href="/outbox">demo outbox</Link> to find
            the link.
          </p>
        </div>
      ) : null}
    </>
  );
}
