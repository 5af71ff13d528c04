import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { offerCardSelect, publicVenueWhere, toOfferCard } from "../listing/public-shapes.ts";
import { activeOrganisationWhere } from "../offers/public-offers.ts";

/**
 * An organisation's short public profile (`/organisations/<slug>` on the portal): what it is, the
 * contact details it chose to make public, whether it signed the pledge, its live offers and public
 * venues. Only organisations the council verified and that are in good standing have one; the
 * profile's columns hold approved content only (a pending change waits in `pendingProfile`).
 */
export async function getPublicOrganisation(db: Database, slug: string) {
  const organisation = await db.organisation.findFirst({
    where: { ...activeOrganisationWhere, verificationStatus: "VERIFIED", slug },
    select: {
      slug: true,
      name: true,
      type: true,
      description: true,
      website: true,
      publicEmail: true,
      publicPhone: true,
      pledgeAgreedAt: true,
      offers: { where: { status: "LIVE" }, select: offerCardSelect, orderBy: { title: "asc" } },
      venues: {
        where: publicVenueWhere,
        select: { slug: true, name: true, district: { select: { slug: true, name: true } } },
        orderBy: { name: "asc" },
      },
    },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  const { type, pledgeAgreedAt, offers, ...rest } = organisation;
  return { ...rest, sector: type, pledgedAt: pledgeAgreedAt, offers: offers.map(toOfferCard) };
}
