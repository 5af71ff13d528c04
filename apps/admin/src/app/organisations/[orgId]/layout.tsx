import Link from "next/link";
import { orgPath, requireMembership } from "~/server/pages";
import { OrganisationNav } from "./organisation-nav";

/** Every page of one organisation: its name, its state, and its sections. */
export default async function OrganisationLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ orgId: string }>;
}) {
  const { orgId } = await params;
  const { organisation, role } = await requireMembership(orgId, orgPath(orgId));
  return (
    <>
      <div className="org-bar">
        <p className="org-bar__name">
          <Link href={orgPath(orgId)}>{organisation.name}</Link>{" "}
          <span className="muted">
            ({role === "OWNER" ? "owner" : "member"}
            {organisation.verificationStatus === "VERIFIED"
              ? ", verified by the council"
              : organisation.verificationStatus === "REJECTED"
                ? ", not accepted by the council"
                : ", waiting for the council to verify it"}
            )
          </span>
        </p>
        <OrganisationNav organisationId={orgId} />
      </div>
      {organisation.suspendedAt ? (
        <div className="banner banner--warning" role="status">
          <p>
            <strong>This organisation is suspended.</strong> Its listings are hidden from young people and nothing can
            be changed.
            {organisation.suspendedReason ? ` The council's reason: ${organisation.suspendedReason}` : ""} Contact the
            council team to sort it out.
          </p>
        </div>
      ) : organisation.verificationStatus === "REJECTED" ? (
        <div className="banner banner--warning" role="status">
          <p>
            <strong>The council did not accept this organisation.</strong> Its listings are hidden from young people and
            nothing can be changed.
            {organisation.decisionReason ? ` The council's reason: ${organisation.decisionReason}` : ""} Contact the
            council team to sort it out.
          </p>
        </div>
      ) : null}
      {children}
    </>
  );
}
