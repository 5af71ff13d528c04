export { createMailer, type Email, type Mailer } from "./send-email.ts";
export { escapeHtml, signInEmail } from "./templates.ts";
export { invitationEmail } from "./team-emails.ts";
export {
  approvedEmail,
  changesRequestedEmail,
  freshnessReminderEmail,
  rejectedEmail,
  submittedEmail,
} from "./offer-emails.ts";
