import type { Metadata } from "next";
import type { ComponentProps, ReactNode } from "react";
import { ActionForm } from "~/components/form/action-form";
import { TextArea } from "~/components/form/fields";
import { ChangesTable } from "~/components/review/changes-table";
import { ReviewHeader } from "~/components/review/review-header";
import { formatDate, OFFER_STATUS_LABEL } from "~/lib/labels";
import { ORGANISATION_TYPE_LABEL } from "~/lib/organisation-types";
import { idleForm } from "~/server/form-state";
import { orNotFound, requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { decideOrganisation } from "../../actions";

export const metadata: Metadata = { title: "Organisation" };

const DONE = {
  verify: "Verified.",
  reject: "Rejected.",
  suspend: "Suspended: all its listings are off the portal, and its members can't change anything.",
  unsuspend: "Suspension lifted: its live listings are back on the portal.",
  "approve-changes": "Changes approved: young people see the new details now.",
  "reject-changes": "Changes not accepted: the organisation was told why.",
} as const;

const PROFILE_LABEL: Record<string, string> = {
  name: "Name",
  website: "Website",
  publicEmail: "Public email",
  publicPhone: "Public phone",
  description: "About",
};

export default async function ReviewOrganisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { orgId } = await params;
  await requireStaff(`/review/organisations/${orgId}`);
  const {
    organisation: org,
    offersByStatus,
    history,
    changes,
  } = await orNotFound((await api()).review.organisation({ organisationId: orgId }));
  const { done } = await searchParams;
  return (
    <>
      <ReviewHeader caption="Organisation" title={org.name}>
        {done && done in DONE ? (
          <div className="banner banner--success" role="status">
            <p>{DONE[done as keyof typeof DONE]}</p>
          </div>
        ) : null}
      </ReviewHeader>
      <p>
        <strong
          className={`tag ${org.verificationStatus === "VERIFIED" ? "tag--LIVE" : org.verificationStatus === "REJECTED" ? "tag--REJECTED" : "tag--IN_REVIEW"}`}
        >
          {org.verificationStatus === "VERIFIED"
            ? "Verified"
            : org.verificationStatus === "REJECTED"
              ? "Rejected"
              : "Not verified yet"}
        </strong>{" "}
        {org.suspendedAt ? <strong className="tag tag--REJECTED">Suspended</strong> : null}
      </p>
      {org.suspendedAt ? (
        <p className="inset">
          Suspended on {formatDate(org.suspendedAt)}: {org.suspendedReason}
        </p>
      ) : null}
      <dl className="summary-list">
        <dt>Kind</dt>
        <dd>{ORGANISATION_TYPE_LABEL[org.type]}</dd>
        <dt>Website</dt>
        <dd>{org.website ?? "–"}</dd>
        <dt>Public contact</dt>
        <dd>{[org.publicEmail, org.publicPhone].filter(Boolean).join(", ") || "–"}</dd>
        <dt>About</dt>
        <dd>{org.description || "–"}</dd>
        <dt>Pledge agreed</dt>
        <dd>{formatDate(org.pledgeAgreedAt)}</dd>
        <dt>Team</dt>
        <dd>{org.memberships.map((m) => `${m.user.email} (${m.role === "OWNER" ? "owner" : "member"})`).join(", ")}</dd>
        <dt>Offers</dt>
        <dd>
          {Object.entries(offersByStatus)
            .map(
              ([status, count]) =>
                `${count} ${OFFER_STATUS_LABEL[status as keyof typeof OFFER_STATUS_LABEL].toLowerCase()}`,
            )
            .join(", ") || "None yet"}
        </dd>
      </dl>
      {changes.length > 0 ? (
        <>
          <h2>Changes waiting</h2>
          <p>Young people see the details above until you approve these.</p>
          <ChangesTable changes={changes} label={PROFILE_LABEL} />
          <div className="decision-grid">
            <ActionForm
              action={decideOrganisation.bind(null, orgId, "approve-changes")}
              initial={idleForm}
              submitLabel="Approve the changes"
            >
              {null}
            </ActionForm>
            <DecisionWithReason
              summary="Don't accept the changes"
              action={decideOrganisation.bind(null, orgId, "reject-changes")}
              submitLabel="Send the reason"
              reasonLabel="Reason (the organisation sees it)"
            />
          </div>
        </>
      ) : null}
      <h2>Decisions</h2>
      <div className="decision-grid">
        {org.verificationStatus !== "VERIFIED" ? (
          <ActionForm
            action={decideOrganisation.bind(null, orgId, "verify")}
            initial={idleForm}
            submitLabel="Verify this organisation"
          >
            <p>You have checked that it is real and its pledge is credible.</p>
          </ActionForm>
        ) : null}
        {org.verificationStatus === "UNVERIFIED" ? (
          <DecisionWithReason
            summary="Reject this organisation"
            action={decideOrganisation.bind(null, orgId, "reject")}
            submitLabel="Reject"
          />
        ) : null}
        {org.suspendedAt ? (
          <ActionForm
            action={decideOrganisation.bind(null, orgId, "unsuspend")}
            initial={idleForm}
            submitLabel="Lift the suspension"
          >
            <TextArea name="reason" label="Reason for lifting it" rows={2} />
          </ActionForm>
        ) : (
          <DecisionWithReason
            summary="Suspend this organisation"
            action={decideOrganisation.bind(null, orgId, "suspend")}
            submitLabel="Suspend"
          >
            <p>
              All its listings leave the portal at once, and its members can't change anything until you lift it. They
              see your reason.
            </p>
          </DecisionWithReason>
        )}
      </div>
      <h2>History</h2>
      {history.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ul className="link-list">
          {history.map((h, i) => (
            <li key={i}>
              {formatDate(h.createdAt)}: {h.action.replace("organisation.", "")} by {h.actorLabel}
              {(h.after as { reason?: string } | null)?.reason ? (
                <span className="muted">. “{(h.after as { reason?: string }).reason}”</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A decision that needs a reason, folded behind its summary until the moderator opens it. */
function DecisionWithReason({
  summary,
  action,
  submitLabel,
  reasonLabel = "Reason",
  children,
}: {
  summary: string;
  action: ComponentProps<typeof ActionForm>["action"];
  submitLabel: string;
  reasonLabel?: string;
  children?: ReactNode;
}) {
  return (
    <details className="details">
      <summary>{summary}</summary>
      {children}
      <ActionForm action={action} initial={idleForm} submitLabel={submitLabel}>
        <TextArea name="reason" label={reasonLabel} rows={3} />
      </ActionForm>
    </details>
  );
}
