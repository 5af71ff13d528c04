import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "~/components/form/action-form";
import { Checkbox } from "~/components/form/fields";
import { OrganisationFields } from "~/components/organisation/organisation-fields";
import { idleForm } from "~/server/form-state";
import { requireUser } from "~/server/pages";
import { registerOrganisation } from "./actions";

export const metadata: Metadata = { title: "Register your organisation" };

export default async function NewOrganisationPage() {
  const user = await requireUser("/organisations/new");
  if (user.staffRole) redirect("/");
  return (
    <>
      <h1>Register your organisation</h1>
      <p className="lead">
        Tell us who you are. You can add your first offer straight after; the council checks new organisations within a
        few working days.
      </p>
      <ActionForm action={registerOrganisation} initial={idleForm} submitLabel="Register and continue">
        <OrganisationFields />
        <h2>The Free City partner pledge</h2>
        <ul>
          <li>Everything we list is free for the children and young people it is for.</li>
          <li>Every young person is welcome, whoever they are and wherever they live.</li>
          <li>We keep young people safe, and tell them how.</li>
          <li>We keep our listings up to date.</li>
        </ul>
        <Checkbox name="pledge" label="We agree to the Free City partner pledge" />
      </ActionForm>
    </>
  );
}
