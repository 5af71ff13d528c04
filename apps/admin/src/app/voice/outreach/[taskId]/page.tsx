import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { Checkbox, TextArea } from "~/components/form/fields";
import { formatDate } from "~/lib/labels";
import { idleForm } from "~/server/form-state";
import { orNotFound, requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { closeOutreachTask } from "../../actions";

export const metadata: Metadata = { title: "Outreach task" };

/**
 * One outreach task: close it with what came of it. When the outcome is news for young people,
 * the officer publishes it as "You said, we did" in the same step, on the district's page too.
 */
export default async function OutreachTaskPage({ params }: { params: Promise<{ taskId: string }> }) {
  const { taskId } = await params;
  await requireStaff(`/voice/outreach/${taskId}`);
  const task = await orNotFound((await api()).moderation.outreachTask({ taskId }));
  const suggestion = task.feedback && !task.feedback.redactedAt ? task.feedback.comment : "";
  return (
    <>
      <BackLink href={`/coverage/districts/${task.district.id}`}>Back to {task.district.name}</BackLink>
      <span className="caption">Outreach task in {task.district.name}</span>
      <h1>{task.title}</h1>
      <p className="muted">Opened {formatDate(task.createdAt)}</p>
      {task.notes ? <p>{task.notes}</p> : null}
      {suggestion ? <p className="reviewer-reason">A young person suggested: “{suggestion}”</p> : null}

      {task.status === "DONE" ? (
        <>
          <h2>Closed {formatDate(task.closedAt)}</h2>
          <p>{task.outcome}</p>
          {task.youSaidWeDid ? (
            <p>
              Published as “You said, we did”:{" "}
              <Link href={`/voice/responses/${task.youSaidWeDid.id}`}>{task.youSaidWeDid.weDid}</Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <h2>Close this task</h2>
          <ActionForm
            action={closeOutreachTask.bind(null, task.id, task.district.id)}
            initial={idleForm}
            submitLabel="Close the task"
            savedMessage="Closed."
          >
            <TextArea
              name="outcome"
              label="What came of it"
              hint="For the record. For example: two clubs now run free sessions; or: nobody could help yet."
              rows={3}
            />
            <Checkbox
              name="publish"
              label="Tell young people: publish this as “You said, we did”"
              hint={`It shows on the portal and on the ${task.district.name} page straight away.`}
            />
            <TextArea
              name="youSaid"
              label="You said (if publishing)"
              hint="What young people asked for, in their words."
              rows={2}
              defaultValue={suggestion}
            />
            <TextArea
              name="weDid"
              label="We did (if publishing)"
              hint="What changed, for a 10-year-old. For example: Ladywood Boxing Club now runs a free session every Friday."
              rows={3}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
