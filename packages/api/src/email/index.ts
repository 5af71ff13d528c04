export { createMailer, type Email, type Mailer } from "./send-email.ts";
export { escapeHtml, signInEmail } from "./templates.ts";
