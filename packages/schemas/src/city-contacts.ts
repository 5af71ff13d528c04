import { z } from "zod";

const phone = z.string().regex(/^[\d +()-]{3,20}$/, "must be a phone number, like 0121 303 1111 or 999");
const email = z.email();

/**
 * The council's real people to contact, set by each city in seeds/city.json: who partners talk
 * to, where to send an accessibility or data protection question, the safeguarding route for a
 * partner worried about a child, and the lines young people see when they need help now. The
 * portal's pages, the admin's pages and every email read them from here.
 */
export const cityContacts = z.strictObject({
  partnerTeam: z.strictObject({
    name: z.string().min(1),
    email,
    phone,
    /** When someone answers, in plain words ("Monday to Friday, 9am to 5pm"). */
    hours: z.string().min(1),
  }),
  accessibility: z.strictObject({ email, phone }),
  dataProtection: z.strictObject({ email }),
  /** For an adult worried about a child: who to call, and when to call 999 instead. */
  safeguarding: z.strictObject({ name: z.string().min(1), phone, hours: z.string().min(1) }),
  /** What young people see: a free helpline and the emergency number. */
  youngPeople: z.strictObject({ helpline: z.string().min(1), phone, url: z.url(), emergency: phone }),
});
export type CityContacts = z.output<typeof cityContacts>;
