import type { CityContacts } from "@free-city/schemas";
import type { Email } from "./send-email.ts";
import { escapeHtml } from "./templates.ts";

/**
 * Every email to a partner ends with their council contact (the commission found partners had
 * nobody to call), added when the worker sends it so no template can forget it; the sign-in
 * link, sent by next-auth at once rather than queued, adds it in auth/options.ts.
 */
export function withCouncilContact(email: Email, contacts: CityContacts | null): Email {
  if (!contacts) return email;
  const { name, email: address, phone, hours } = contacts.partnerTeam;
  const line = `Your council contact: ${name}, ${address}, ${phone} (${hours}).`;
  const paragraph = `<p style="color:#555;font-size:14px">${escapeHtml(line)}</p>`;
  return {
    ...email,
    text: `${email.text}\n\n${line}`,
    html: email.html.includes("</body>")
      ? email.html.replace("</body>", `${paragraph}</body>`)
      : email.html + paragraph,
  };
}
