import type { Metadata } from "next";
import { ListingPhotos, type PhotosSearchParams } from "~/components/photos/listing-photos";
import { offerPath, orNotFound, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Photos" };

type Props = {
  params: Promise<{ orgId: string; offerId: string }>;
  searchParams: Promise<PhotosSearchParams>;
};

/** An offer's photos (the page is shared with venues). */
export default async function OfferPhotosPage({ params, searchParams }: Props) {
  const { orgId, offerId } = await params;
  const path = offerPath(orgId, offerId, "/photos");
  const { canEdit } = await requireMembership(orgId, path);
  const offer = await orNotFound((await api()).offer.get({ organisationId: orgId, offerId }));
  return (
    <ListingPhotos
      orgId={orgId}
      listing={{ offerId }}
      title={String((offer.content as { title?: string }).title ?? offer.title)}
      path={path}
      back={{ href: offerPath(orgId, offerId), label: "Back to the sections" }}
      canEdit={canEdit}
      searchParams={await searchParams}
    />
  );
}
