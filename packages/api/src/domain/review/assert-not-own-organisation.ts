import type { Database, Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/**
 * Separation of duties: a member of staff who also belongs to an organisation (a membership from
 * before they were staff) never decides on that organisation or anything it submitted; another
 * member of staff does.
 */
export async function assertNotOwnOrganisation(
  db: Pick<Database, "membership"> | Prisma.TransactionClient,
  actor: Actor,
  organisationId: string,
): Promise<void> {
  const membership = await db.membership.findUnique({
    where: { userId_organisationId: { userId: actor.id, organisationId } },
    select: { id: true },
  });
  if (membership) throw new AppError("OWN_ORGANISATION");
}
