import type { Database, OrganisationType } from "@free-city/db";
import { publicVenueWhere } from "../listing/public-shapes.ts";
import { pledgedOrganisationWhere } from "./pledged-organisation-where.ts";

type DistrictRef = { slug: string; name: string };

/**
 * Who signed the partner pledge, newest first, with live offers counted, the districts of their
 * public venues, and totals by sector and by district. For the public wall: only verified
 * organisations in good standing (`pledgedOrganisationWhere`). For staff (`audience: "staff"`):
 * every organisation that signed, with where it stands, so officers can chase the unverified.
 */
export async function listPledgedOrganisations(db: Database, audience: "public" | "staff" = "public") {
  const rows = await db.organisation.findMany({
    where: audience === "public" ? pledgedOrganisationWhere : { pledgeAgreedAt: { not: null } },
    select: {
      slug: true,
      name: true,
      type: true,
      pledgeAgreedAt: true,
      verificationStatus: true,
      suspendedAt: true,
      _count: { select: { offers: { where: { status: "LIVE" } } } },
      venues: {
        where: publicVenueWhere,
        select: { district: { select: { slug: true, name: true } } },
      },
    },
    orderBy: [{ pledgeAgreedAt: "desc" }, { name: "asc" }],
  });
  const organisations = rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    sector: row.type,
    // pledgedOrganisationWhere guarantees the date.
    pledgedAt: row.pledgeAgreedAt as Date,
    liveOffers: row._count.offers,
    districts: uniqueDistricts(row.venues.map((venue) => venue.district)),
    ...(audience === "staff"
      ? { verificationStatus: row.verificationStatus, suspended: row.suspendedAt !== null }
      : {}),
  }));

  const bySector = new Map<OrganisationType, number>();
  const byDistrict = new Map<string, DistrictRef & { count: number }>();
  for (const organisation of organisations) {
    bySector.set(organisation.sector, (bySector.get(organisation.sector) ?? 0) + 1);
    for (const district of organisation.districts) {
      const entry = byDistrict.get(district.slug) ?? { ...district, count: 0 };
      entry.count += 1;
      byDistrict.set(district.slug, entry);
    }
  }
  return {
    organisations,
    bySector: [...bySector.entries()]
      .map(([sector, count]) => ({ sector, count }))
      .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector)),
    byDistrict: [...byDistrict.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
export type PledgeWall = Awaited<ReturnType<typeof listPledgedOrganisations>>;

function uniqueDistricts(districts: DistrictRef[]): DistrictRef[] {
  const bySlug = new Map(districts.map((district) => [district.slug, district]));
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}
