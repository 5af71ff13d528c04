import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { VenueFields } from "~/components/venue/venue-fields";
import { idleForm } from "~/server/form-state";
import { orgPath, orNotFound, requireMembership } from "~/server/pages";
import { venueFormOptions } from "~/server/venue-form-options";
import { api } from "~/trpc/server";
import { archiveVenue, saveVenue } from "../actions";

export const metadata: Metadata = { title: "Venue" };

export default async function VenuePage({ params }: { params: Promise<{ orgId: string; venueId: string }> }) {
  const { orgId, venueId } = await params;
  const { canEdit } = await requireMembership(orgId, orgPath(orgId, `/venues/${venueId}`));
  const [venue, options] = await Promise.all([
    orNotFound((await api()).venue.get({ organisationId: orgId, venueId })),
    venueFormOptions(),
  ]);
  return (
    <>
      <BackLink href={orgPath(orgId, "/venues")}>Back to venues</BackLink>
      <h1>{venue.name}</h1>
      {venue.pendingChanges ? (
        <div className="banner" role="status">
          <p>
            Your changes are waiting for the council to check them. Young people see the venue as it was until they are
            approved. The form below shows your changes.
          </p>
        </div>
      ) : null}
      {venue.decisionReason && !venue.pendingChanges ? (
        <div className={venue.status === "REJECTED" ? "banner banner--warning" : "banner"} role="status">
          <p>
            {venue.status === "REJECTED" ? "The council did not accept this venue." : "The council's last decision:"}{" "}
            Their reason: {venue.decisionReason}
          </p>
        </div>
      ) : venue.status === "REJECTED" ? (
        <div className="banner banner--warning" role="status">
          <p>The council did not accept this venue. Change it and save to send it again.</p>
        </div>
      ) : null}
      <p>
        <Link href={orgPath(orgId, `/venues/${venueId}/photos`)}>
          {canEdit && venue.status !== "ARCHIVED" ? "Add or change photos of this venue" : "See the photos"}
        </Link>
        {venue.photoChangesPending ? <span className="muted"> (changes waiting for the council)</span> : null}
      </p>
      {canEdit && venue.status !== "ARCHIVED" ? (
        <>
          <ActionForm
            action={saveVenue.bind(null, orgId, venueId)}
            initial={idleForm}
            submitLabel={venue.status === "APPROVED" ? "Send changes for review" : "Save changes"}
          >
            <VenueFields
              venue={
                venue.pendingChanges
                  ? { ...venue, ...(venue.pendingChanges as Partial<typeof venue>), status: venue.status }
                  : venue
              }
              {...options}
            />
          </ActionForm>
          <details className="danger-zone">
            <summary>Archive this venue</summary>
            <p>Archive a venue you no longer use. Any offer that uses it must move to another venue first.</p>
            <ActionForm
              action={archiveVenue.bind(null, orgId, venueId)}
              initial={idleForm}
              submitLabel="Archive this venue"
            >
              {null}
            </ActionForm>
          </details>
        </>
      ) : (
        <p className="muted">
          {venue.status === "ARCHIVED"
            ? "This venue is archived."
            : "Your organisation can't change anything at the moment (see above)."}
        </p>
      )}
    </>
  );
}
