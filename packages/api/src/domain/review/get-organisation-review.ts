import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { organisationProfileSelect } from "../organisations/organisation-select.ts";
import { PROFILE_FIELDS } from "../organisations/update-organisation.ts";
import { fieldDiff } from "./field-diff.ts";

/** An organisation as staff see it: its profile, state, team size, offers by state and recent decisions. */
export async function getOrganisationReview(db: Database, organisationId: string) {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      ...organisationProfileSelect,
      verifiedAt: true,
      createdAt: true,
      memberships: { select: { role: true, user: { select: { email: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  const [offers, decisions] = await Promise.all([
    db.offer.groupBy({ by: ["status"], where: { organisationId }, _count: { _all: true } }),
    db.auditEvent.findMany({
      where: { organisationId, action: { startsWith: "organisation." } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { action: true, actorLabel: true, after: true, createdAt: true },
    }),
  ]);
  const changes =
    organisation.pendingProfile !== null
      ? fieldDiff(
          organisation as unknown as Record<string, unknown>,
          organisation.pendingProfile as Record<string, unknown>,
          PROFILE_FIELDS,
        )
      : [];
  return {
    organisation,
    changes,
    offersByStatus: Object.fromEntries(offers.map((o) => [o.status, o._count._all])),
    history: decisions,
  };
}
