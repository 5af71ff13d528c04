import type { Database } from "@free-city/db";
import { isAppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";
import { decideRevision } from "../offers/decide-revision.ts";

/**
 * Bulk approve: each selected revision is approved on its own (its own transaction, decision
 * record and queued email), so one that someone else decided meanwhile is reported, not fatal.
 */
export async function approveRevisions(db: Database, notifier: Notifier, actor: Actor, revisionIds: string[]) {
  const approved: string[] = [];
  const failed: { revisionId: string; message: string }[] = [];
  for (const revisionId of revisionIds) {
    try {
      await decideRevision(db, notifier, actor, { revisionId, outcome: "APPROVED", reason: "" });
      approved.push(revisionId);
    } catch (error) {
      if (!isAppError(error)) throw error;
      failed.push({ revisionId, message: error.message });
    }
  }
  return { approved, failed };
}
