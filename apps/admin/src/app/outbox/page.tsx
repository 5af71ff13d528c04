import { listOutboxEmails } from "@free-city/api/email";
import { getDb } from "@free-city/db";
import { CITY_TIME_ZONE } from "@free-city/schemas";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isDemoOutbox } from "~/server/auth";

export const metadata: Metadata = { title: "Demo outbox" };
export const dynamic = "force-dynamic";

/**
 * Exists only in demo mode (no EMAIL_SERVER): the emails the product would have sent, so people
 * can sign in to the demo. With real email configured this page is a 404.
 */
export default async function OutboxPage() {
  if (!isDemoOutbox()) notFound();
  const emails = await listOutboxEmails(getDb());
  return (
    <>
      <h1>Demo outbox</h1>
      <p className="lead">
        This demo does not send email. Here are the 50 newest emails it would have sent, newest first.
      </p>
      {emails.length === 0 ? <p>No emails yet. Ask for a sign-in link on the sign-in page.</p> : null}
      {emails.map((email) => (
        <article key={email.id} className="email" aria-labelledby={`email-${email.id}`}>
          <h2 id={`email-${email.id}`}>{email.subject}</h2>
          <p className="muted">
            To {email.to}, {email.createdAt.toLocaleString("en-GB", { timeZone: CITY_TIME_ZONE })}
          </p>
          <pre>{linkify(email.text)}</pre>
        </article>
      ))}
    </>
  );
}

/** Makes the links in a plain-text email clickable (as text nodes and anchors, never raw HTML). */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
