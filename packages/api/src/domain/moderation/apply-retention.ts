import { type Database, recordAuditEvent } from "@free-city/db";

/**
 * Keeps what young people wrote only as long as it is needed: the free text of feedback,
 * suggestions and reports handled more than the city's retention period ago (12 months unless
 * seeds/city.json says otherwise) is removed. Rows stay as counts (a reaction, a category, a
 * district, a report's reason), so totals and trends still add up. Items still waiting for
 * staff are never touched. Idempotent: run it daily (`pnpm jobs retention`); a second run finds nothing.
 */
export async function applyRetention(db: Database, options: { now?: Date; log?: (line: string) => void } = {}) {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const city = await db.city.findFirst({ select: { youthVoiceRetentionMonths: true }, orderBy: { createdAt: "asc" } });
  const months = city?.youthVoiceRetentionMonths ?? 12;
  const before = new Date(now);
  before.setUTCMonth(before.getUTCMonth() - months);
  return db.$transaction(async (tx) => {
    const feedback = await tx.feedback.updateMany({
      where: { status: { not: "PENDING" }, moderatedAt: { lt: before }, redactedAt: null },
      data: { comment: "", redactedAt: now },
    });
    const reports = await tx.report.updateMany({
      where: { status: { not: "OPEN" }, resolvedAt: { lt: before }, redactedAt: null },
      data: { details: "", redactedAt: now },
    });
    if (feedback.count + reports.count > 0)
      await recordAuditEvent(tx, {
        actor: "system",
        action: "retention.applied",
        entityType: "youth-voice",
        entityId: "retention",
        after: { months, handledBefore: before.toISOString(), feedback: feedback.count, reports: reports.count },
      });
    log(
      `Retention (${months} months): removed the text of ${feedback.count} feedback and suggestions and ${reports.count} reports handled before ${before.toISOString().slice(0, 10)}.`,
    );
    return { months, feedback: feedback.count, reports: reports.count };
  });
}
