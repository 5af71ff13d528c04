import { Choices, TextArea, TextField } from "~/components/form/fields";
import { ORGANISATION_TYPE_LABEL } from "~/lib/organisation-types";

type Profile = {
  name: string;
  type: string;
  website: string | null;
  publicEmail: string | null;
  publicPhone: string | null;
  description: string;
};

/** The organisation's public profile: the same fields when registering and when editing. */
export function OrganisationFields({ profile }: { profile?: Profile }) {
  return (
    <>
      <TextField
        name="name"
        label="Organisation name"
        hint="As young people and families know it."
        autoComplete="organization"
        defaultValue={profile?.name}
      />
      <Choices
        name="type"
        type="radio"
        legend="What kind of organisation is it?"
        defaultValue={profile?.type ?? null}
        options={Object.entries(ORGANISATION_TYPE_LABEL).map(([value, label]) => ({ value, label }))}
      />
      <TextField
        name="website"
        label="Website (optional)"
        hint="Starting with https://. Shown on your public profile and on each of your listings."
        type="url"
        defaultValue={profile?.website}
      />
      <TextField
        name="publicEmail"
        label="Public email address (optional)"
        hint="Shown on your public profile and your listings, for families who want to ask something. Leave it blank to keep email private. Not your sign-in address unless you want it to be."
        type="email"
        defaultValue={profile?.publicEmail}
      />
      <TextField
        name="publicPhone"
        label="Public phone number (optional)"
        hint="Shown on your public profile and your listings. Leave it blank to keep your phone number private."
        type="tel"
        width="medium"
        defaultValue={profile?.publicPhone}
      />
      <TextArea
        name="description"
        label="About your organisation (optional)"
        hint="A sentence or two, up to 600 characters."
        defaultValue={profile?.description}
        rows={3}
      />
    </>
  );
}
