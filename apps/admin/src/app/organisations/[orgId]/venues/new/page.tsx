import type { Metadata } from "next";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { VenueFields } from "~/components/venue/venue-fields";
import { idleForm } from "~/server/form-state";
import { orgPath, requireMembership } from "~/server/pages";
import { venueFormOptions } from "~/server/venue-form-options";
import { saveVenue } from "../actions";

export const metadata: Metadata = { title: "Add a venue" };

export default async function NewVenuePage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  await requireMembership(orgId, orgPath(orgId, "/venues/new"));
  const options = await venueFormOptions();
  return (
    <>
      <BackLink href={orgPath(orgId, "/venues")}>Back to venues</BackLink>
      <h1>Add a venue</h1>
      <ActionForm action={saveVenue.bind(null, orgId, null)} initial={idleForm} submitLabel="Save venue">
        <VenueFields {...options} />
      </ActionForm>
    </>
  );
}
