import type { OfferContent } from "@free-city/schemas";
import type { Metadata } from "next";
import { BackLink } from "~/components/back-link";
import { OfferPreview } from "~/components/offer-preview/offer-preview";
import { offerPath, orNotFound, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Preview" };

/** The offer as the portal will show it, from the working version (what will go to review). */
export default async function OfferPreviewPage({ params }: { params: Promise<{ orgId: string; offerId: string }> }) {
  const { orgId, offerId } = await params;
  await requireMembership(orgId, offerPath(orgId, offerId, "/preview"));
  const trpc = await api();
  const [offer, venues, categories] = await Promise.all([
    orNotFound(trpc.offer.get({ organisationId: orgId, offerId })),
    trpc.venue.list({ organisationId: orgId }),
    trpc.catalogue.categories(),
  ]);
  const c = offer.content as Partial<OfferContent>;
  const categoryNames = new Map(
    categories.flatMap((p) => [[p.id, p.name] as const, ...p.children.map((ch) => [ch.id, ch.name] as const)]),
  );
  const missing = Object.keys(offer.incomplete).length;
  return (
    <>
      <BackLink href={offerPath(orgId, offerId)}>Back to the sections</BackLink>
      <h1>Preview</h1>
      <p className="lead">This is how young people will see it on Free City once the council approves it.</p>
      {missing > 0 ? (
        <p className="inset">
          {missing} {missing === 1 ? "section is" : "sections are"} not finished yet, so parts are missing below.
        </p>
      ) : null}
      <OfferPreview content={c} fallbackTitle={offer.title} venues={venues} categoryNames={categoryNames} />
    </>
  );
}
