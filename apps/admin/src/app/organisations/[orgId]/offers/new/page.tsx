import type { Metadata } from "next";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { TextField } from "~/components/form/fields";
import { idleForm } from "~/server/form-state";
import { orgPath, requireMembership } from "~/server/pages";
import { createOffer } from "./actions";

export const metadata: Metadata = { title: "Add an offer" };

export default async function NewOfferPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  await requireMembership(orgId, orgPath(orgId, "/offers/new"));
  return (
    <>
      <BackLink href={orgPath(orgId)}>Back to offers</BackLink>
      <h1>Add an offer</h1>
      <p className="lead">
        Start with a name. You fill in the rest section by section, and can stop and come back at any time: everything
        is saved as you go.
      </p>
      <ActionForm action={createOffer.bind(null, orgId)} initial={idleForm} submitLabel="Continue">
        <TextField
          name="title"
          label="What is the offer called?"
          hint="Say what it is, in words a 10-year-old knows. For example: Saturday football skills, or Free swimming in the holidays."
        />
      </ActionForm>
    </>
  );
}
