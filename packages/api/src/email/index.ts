export { listOutboxEmails } from "../domain/outbox/list-outbox-emails.ts";
export {
  approvedEmail,
  changesRequestedEmail,
  freshnessReminderEmail,
  rejectedEmail,
  submittedEmail,
} from "./offer-emails.ts";
export { createMailer, type Email, type Mailer } from "./send-email.ts";
export { invitationEmail } from "./team-emails.ts";
export { escapeHtml, signInEmail } from "./templates.ts";
