import type { Database } from "@free-city/db";

/** The demo outbox: the 50 newest emails the product would have sent, newest first. */
export function listOutboxEmails(db: Database) {
  return db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
}
