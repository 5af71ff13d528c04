import type { Prisma } from "./generated/prisma/client.ts";

export type AuditInput = {
  actor: { id: string; label: string } | "system";
  action: string;
  entityType: string;
  entityId: string;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one audit event. The table is append-only (a trigger refuses UPDATE and DELETE). */
export async function recordAuditEvent(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  const actor = input.actor === "system" ? { id: null, label: "system" } : input.actor;
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      organisationId: input.organisationId ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
