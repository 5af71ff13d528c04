import type { Metadata } from "next";
import Link from "next/link";
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
      <p>
        <Link href={orgPath(orgId, "/venues")} className="back-link">
          Back to venues
        </Link>
      </p>
      <h1>{venue.name}</h1>
      {canEdit && venue.status !== "ARCHIVED" ? (
        <>
          <ActionForm action={saveVenue.bind(null, orgId, venueId)} initial={idleForm} submitLabel="Save changes">
            <VenueFields venue={venue} {...options} />
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
            : "Your organisation is suspended, so this venue can't be changed."}
        </p>
      )}
    </>
  );
}
