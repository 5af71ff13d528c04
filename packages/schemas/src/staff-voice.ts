/** What staff do with what young people send: reports, feedback, suggestions, "You said, we did". */
import { z } from "zod";
import { oneLine, plainText, recordId } from "./common.ts";

const id = recordId();

export const resolveReportInput = z.strictObject({
  reportId: id,
  /** Resolve with a note, or also take the listing off the portal. */
  action: z.enum(["resolve", "unpublish"]),
  note: plainText(1, 2000, "Note"),
});

export const moderateFeedbackInput = z.strictObject({ feedbackId: id, action: z.enum(["publish", "hide"]) });

/** A page of a staff list (50 a page); no input at all is the first page. */
export const staffPageInput = z.strictObject({ page: z.number().int().min(1).max(100_000).optional() }).optional();

/** Remove what a young person wrote from one piece of feedback, a suggestion or a report (the count stays). */
export const redactYouthVoiceInput = z.strictObject({ kind: z.enum(["feedback", "report"]), id });

const youSaid = plainText(3, 500, "“You said”");
const weDid = plainText(3, 1000, "“We did”");

/** A new "You said, we did" entry; `districtId` puts it on that district's page too (else the suggestion's district). */
export const youSaidWeDidInput = z.strictObject({
  feedbackId: id.nullable(),
  districtId: id.nullable().default(null),
  youSaid,
  weDid,
});

/** A correction to a published entry (the text before and after is kept in its history). */
export const editYouSaidWeDidInput = z.strictObject({
  entryId: id,
  districtId: id.nullable(),
  youSaid,
  weDid,
});

/** Take an entry off the portal, saying why (kept, with its history). */
export const withdrawYouSaidWeDidInput = z.strictObject({ entryId: id, reason: plainText(3, 500, "Reason") });

/** Close an outreach task with what came of it; optionally publish that as a "You said, we did" entry. */
export const closeOutreachTaskInput = z.strictObject({
  taskId: id,
  outcome: plainText(3, 1000, "What came of it"),
  publish: z.strictObject({ youSaid, weDid }).nullable(),
});

export const outreachTaskInput = z.strictObject({
  feedbackId: id.nullable(),
  districtId: recordId("Choose the district"),
  title: oneLine(3, 200, "Task"),
  notes: plainText(0, 2000, "Notes"),
});
