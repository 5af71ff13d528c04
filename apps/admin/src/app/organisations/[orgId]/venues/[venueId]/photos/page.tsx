import type { Metadata } from "next";
import { ListingPhotos, type PhotosSearchParams } from "~/components/photos/listing-photos";
import { orgPath, orNotFound, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Venue photos" };

type Props = {
  params: Promise<{ orgId: string; venueId: string }>;
  searchParams: Promise<PhotosSearchParams>;
};

/** A venue's photos (the page is shared with offers). */
export default async function VenuePhotosPage({ params, searchParams }: Props) {
  const { orgId, venueId } = await params;
  const path = orgPath(orgId, `/venues/${venueId}/photos`);
  const { canEdit } = await requireMembership(orgId, path);
  const venue = await orNotFound((await api()).venue.get({ organisationId: orgId, venueId }));
  return (
    <ListingPhotos
      orgId={orgId}
      listing={{ venueId }}
      title={venue.name}
      path={path}
      back={{ href: orgPath(orgId, `/venues/${venueId}`), label: "Back to the venue" }}
      canEdit={canEdit}
      searchParams={await searchParams}
    />
  );
}
