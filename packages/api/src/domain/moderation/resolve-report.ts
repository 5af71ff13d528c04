import { type Database, recordAuditEvent } from "@free-city/db";
import { queueEmail } from "../../email/queue-email.ts";
import { reportOutcomeEmail } from "../../email/report-emails.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";
import { moveOfferOrRefuse } from "../offers/lifecycle.ts";
import { ownerEmails } from "../organisations/owner-emails.ts";

/**
 * Staff close a report with a note, or also take the listing off the portal (it is archived:
 * the partner sees it, and can add it again once it is right). One decision per report. When the
 * report is about a listing, its owners are told the outcome (what kind of problem was reported
 * and the staff's note; never what the anonymous reporter wrote), in the same transaction.
 */
export async function resolveReport(
  db: Database,
  notifier: Notifier,
  actor: Actor,
  input: { reportId: string; action: "resolve" | "unpublish"; note: string },
) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: input.reportId },
      select: {
        id: true,
        reason: true,
        offerId: true,
        offer: { select: { status: true, organisationId: true, title: true } },
      },
    });
    if (!report) throw new AppError("NOT_FOUND");
    const status = input.action === "unpublish" ? "UNPUBLISHED" : "RESOLVED";
    const decided = await tx.report.updateMany({
      where: { id: report.id, status: "OPEN" },
      data: { status, resolutionNote: input.note, resolvedById: actor.id, resolvedAt: new Date() },
    });
    if (decided.count !== 1) throw new AppError("ALREADY_DECIDED");
    if (input.action === "unpublish" && report.offerId && report.offer && report.offer.status !== "ARCHIVED") {
      await moveOfferOrRefuse(tx, { id: report.offerId, status: report.offer.status }, "ARCHIVED", {
        archivedAt: new Date(),
      });
      await tx.offerRevision.updateMany({
        where: { offerId: report.offerId, status: { in: ["DRAFT", "IN_REVIEW"] } },
        data: { status: "WITHDRAWN", claimedById: null, claimedAt: null },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "offer.unpublished",
        entityType: "offer",
        entityId: report.offerId,
        organisationId: report.offer.organisationId,
        before: { status: report.offer.status },
        after: { status: "ARCHIVED", report: report.id, note: input.note },
      });
    }
    if (report.offerId && report.offer) {
      const email = reportOutcomeEmail({
        title: report.offer.title,
        reason: report.reason,
        note: input.note,
        takenDown: input.action === "unpublish",
        editUrl: `${notifier.links.adminUrl}/organisations/${report.offer.organisationId}/offers/${report.offerId}`,
      });
      for (const to of await ownerEmails(tx, report.offer.organisationId)) await queueEmail(tx, { to, ...email });
    }
    await recordAuditEvent(tx, {
      actor,
      action: `report.${status.toLowerCase()}`,
      entityType: "report",
      entityId: report.id,
      organisationId: report.offer?.organisationId ?? null,
      after: { note: input.note },
    });
    return { status };
  });
}
