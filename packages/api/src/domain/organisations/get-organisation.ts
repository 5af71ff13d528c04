import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { organisationProfileSelect } from "./organisation-select.ts";

/** The organisation's profile as its own members see it, with its standing with the council. */
export async function getOrganisation(db: Database, organisationId: string) {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: organisationProfileSelect,
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  return organisation;
}
