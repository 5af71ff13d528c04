import {
  auditSearchInput,
  closeOutreachTaskInput,
  editYouSaidWeDidInput,
  moderateFeedbackInput,
  outreachTaskInput,
  recordId,
  redactYouthVoiceInput,
  resolveReportInput,
  staffPageInput,
  withdrawYouSaidWeDidInput,
  youSaidWeDidInput,
} from "@free-city/schemas";
import { z } from "zod";
import { actorOf } from "../domain/actor.ts";
import { searchAuditLog } from "../domain/audit/search-audit-log.ts";
import { closeOutreachTask } from "../domain/moderation/close-outreach-task.ts";
import { createOutreachTask } from "../domain/moderation/create-outreach-task.ts";
import { editYouSaidWeDid } from "../domain/moderation/edit-you-said-we-did.ts";
import { getOutreachTask } from "../domain/moderation/get-outreach-task.ts";
import { getYouSaidWeDid } from "../domain/moderation/get-you-said-we-did.ts";
import { listReports } from "../domain/moderation/list-reports.ts";
import { listYouthVoice } from "../domain/moderation/list-youth-voice.ts";
import { moderateFeedback } from "../domain/moderation/moderate-feedback.ts";
import { redactYouthVoice } from "../domain/moderation/redact-youth-voice.ts";
import { resolveReport } from "../domain/moderation/resolve-report.ts";
import { respondToYouth } from "../domain/moderation/respond-to-youth.ts";
import { withdrawYouSaidWeDid } from "../domain/moderation/withdraw-you-said-we-did.ts";
import { notifierOf } from "../domain/notify.ts";
import { createTRPCRouter, staffProcedure } from "../trpc.ts";

/** What young people send from the portal, as staff handle it. */
export const moderationRouter = createTRPCRouter({
  /** Staff: reports, open first. */
  reports: staffProcedure.input(staffPageInput).query(({ ctx, input }) => listReports(ctx.db, input ?? {})),
  /** Staff: resolve a report with a note, or also take the listing off the portal. */
  resolveReport: staffProcedure
    .input(resolveReportInput)
    .mutation(({ ctx, input }) => resolveReport(ctx.db, notifierOf(ctx), actorOf(ctx.user), input)),
  /** Staff: feedback and suggestions waiting, and the "You said, we did" entries. */
  youthVoice: staffProcedure.input(staffPageInput).query(({ ctx, input }) => listYouthVoice(ctx.db, input ?? {})),
  /** Staff: publish or hide one piece of feedback. */
  moderateFeedback: staffProcedure
    .input(moderateFeedbackInput)
    .mutation(({ ctx, input }) => moderateFeedback(ctx.db, actorOf(ctx.user), input)),
  /** Staff: remove the text of a piece of feedback, a suggestion or a report; the count stays (audited). */
  redact: staffProcedure
    .input(redactYouthVoiceInput)
    .mutation(({ ctx, input }) => redactYouthVoice(ctx.db, actorOf(ctx.user), input)),
  /** Staff: write a "You said, we did" entry for the portal. */
  respond: staffProcedure
    .input(youSaidWeDidInput)
    .mutation(({ ctx, input }) => respondToYouth(ctx.db, actorOf(ctx.user), input)),
  /** Staff: one "You said, we did" entry with its history. */
  youSaidWeDid: staffProcedure
    .input(z.strictObject({ entryId: recordId() }))
    .query(({ ctx, input }) => getYouSaidWeDid(ctx.db, input.entryId)),
  /** Staff: one outreach task, open or closed. */
  outreachTask: staffProcedure
    .input(z.strictObject({ taskId: recordId() }))
    .query(({ ctx, input }) => getOutreachTask(ctx.db, input.taskId)),
  /** Staff: correct a published "You said, we did" entry (the words before and after go in its history). */
  editYouSaidWeDid: staffProcedure
    .input(editYouSaidWeDidInput)
    .mutation(({ ctx, input }) => editYouSaidWeDid(ctx.db, actorOf(ctx.user), input)),
  /** Staff: take a "You said, we did" entry off the portal, with a reason. */
  withdrawYouSaidWeDid: staffProcedure
    .input(withdrawYouSaidWeDidInput)
    .mutation(({ ctx, input }) => withdrawYouSaidWeDid(ctx.db, actorOf(ctx.user), input)),
  /** Staff: close an outreach task with what came of it, optionally published as "You said, we did". */
  closeOutreachTask: staffProcedure
    .input(closeOutreachTaskInput)
    .mutation(({ ctx, input }) => closeOutreachTask(ctx.db, actorOf(ctx.user), input)),
  /** Staff: search the audit log (read-only, newest first). */
  auditLog: staffProcedure.input(auditSearchInput).query(({ ctx, input }) => searchAuditLog(ctx.db, input)),
  /** Staff: turn a suggestion into an outreach task for a district. */
  createOutreachTask: staffProcedure
    .input(outreachTaskInput)
    .mutation(({ ctx, input }) => createOutreachTask(ctx.db, actorOf(ctx.user), input)),
});
