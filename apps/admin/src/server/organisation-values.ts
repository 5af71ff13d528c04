import "server-only";
import { prose, text } from "./form-state";

/** The profile fields of the organisation forms, as the procedures take them. */
export function organisationProfile(form: FormData) {
  return {
    name: prose(form, "name"),
    type: (text(form, "type") ?? "") as "OTHER",
    website: text(form, "website"),
    publicEmail: text(form, "publicEmail"),
    publicPhone: text(form, "publicPhone"),
    description: prose(form, "description"),
  };
}
