import { addDays, type Database, type Prisma } from "@free-city/db";
import type { AuditSearchInput } from "@free-city/schemas";

export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit log, newest first, searchable by who (actor), what (action), which thing (entity
 * type or id) and when. Read-only: the app has no way to change it, and the database refuses
 * UPDATE and DELETE on the table.
 */
export async function searchAuditLog(db: Database, input: AuditSearchInput) {
  const where: Prisma.AuditEventWhereInput = {
    ...(input.action ? { action: { startsWith: input.action } } : {}),
    ...(input.text
      ? {
          OR: [
            { actorLabel: { contains: input.text, mode: "insensitive" } },
            { entityId: input.text },
            { entityType: { contains: input.text, mode: "insensitive" } },
            { action: { contains: input.text, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(input.from || input.to
      ? {
          createdAt: {
            ...(input.from ? { gte: new Date(`${input.from}T00:00:00Z`) } : {}),
            ...(input.to ? { lt: new Date(`${addDays(input.to, 1)}T00:00:00Z`) } : {}),
          },
        }
      : {}),
  };
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        actorLabel: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        organisation: { select: { name: true } },
      },
    }),
  ]);
  return { total, page: input.page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), events };
}
