import type { Metadata } from "next";
import { ActionForm } from "~/components/form/action-form";
import { OrganisationFields } from "~/components/organisation/organisation-fields";
import { ORGANISATION_TYPE_LABEL } from "~/lib/organisation-types";
import { idleForm } from "~/server/form-state";
import { orgPath, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";
import { updateOrganisation } from "./actions";

export const metadata: Metadata = { title: "Organisation details" };

export default async function OrganisationDetailsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { role, canEdit } = await requireMembership(orgId, orgPath(orgId, "/details"));
  const profile = await (await api()).organisation.get({ organisationId: orgId });
  if (role !== "OWNER" || !canEdit) {
    return (
      <>
        <h1>Organisation details</h1>
        {role !== "OWNER" ? <p className="muted">Only an owner can change these.</p> : null}
        <dl className="summary-list">
          <dt>Name</dt>
          <dd>{profile.name}</dd>
          <dt>Kind</dt>
          <dd>{ORGANISATION_TYPE_LABEL[profile.type]}</dd>
          <dt>Website</dt>
          <dd>{profile.website ?? "–"}</dd>
          <dt>Public email</dt>
          <dd>{profile.publicEmail ?? "–"}</dd>
          <dt>Public phone</dt>
          <dd>{profile.publicPhone ?? "–"}</dd>
          <dt>About</dt>
          <dd>{profile.description || "–"}</dd>
        </dl>
      </>
    );
  }
  return (
    <>
      <h1>Organisation details</h1>
      {profile.pendingProfile ? (
        <div className="banner" role="status">
          <p>
            Your changes are waiting for the council to check them. Young people see your details as they were until
            then. The form shows your changes.
          </p>
        </div>
      ) : profile.decisionReason ? (
        <div className="banner" role="status">
          <p>The council's reason with their last decision: {profile.decisionReason}</p>
        </div>
      ) : null}
      <ActionForm
        action={updateOrganisation.bind(null, orgId)}
        initial={idleForm}
        submitLabel={profile.verificationStatus === "VERIFIED" ? "Send changes for review" : "Save details"}
        savedMessage={
          profile.verificationStatus === "VERIFIED"
            ? "Sent: the council checks changes to your public details."
            : "Details saved."
        }
      >
        <OrganisationFields
          profile={
            profile.pendingProfile ? { ...profile, ...(profile.pendingProfile as Partial<typeof profile>) } : profile
          }
        />
      </ActionForm>
    </>
  );
}
