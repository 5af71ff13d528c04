import type { Metadata } from "next";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { Select, TextArea } from "~/components/form/fields";
import { formatDate } from "~/lib/labels";
import { idleForm } from "~/server/form-state";
import { orNotFound, requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { editYouSaidWeDid, withdrawYouSaidWeDid } from "../../actions";

export const metadata: Metadata = { title: "“You said, we did” entry" };

const WHAT_HAPPENED: Record<string, string> = {
  "you_said_we_did.published": "Published",
  "you_said_we_did.edited": "Corrected",
  "you_said_we_did.withdrawn": "Withdrawn",
};

/** A piece of history's words, from the audit event's stored JSON. */
function words(value: unknown): { youSaid?: string; weDid?: string; reason?: string } {
  return value && typeof value === "object" ? (value as Record<string, string>) : {};
}

/** One "You said, we did" entry: correct it or take it off the portal; every change stays in its history. */
export default async function YouSaidWeDidEntryPage({ params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
  await requireStaff(`/voice/responses/${entryId}`);
  const trpc = await api();
  const [entry, districts] = await Promise.all([
    orNotFound(trpc.moderation.youSaidWeDid({ entryId })),
    trpc.catalogue.districts(),
  ]);
  const districtOptions = [
    { value: "", label: "The whole city" },
    ...districts.map((d) => ({ value: d.id, label: d.name })),
  ];
  return (
    <>
      <BackLink href="/voice">Back to youth voice</BackLink>
      <span className="caption">You said, we did</span>
      <h1>{entry.withdrawnAt ? "Withdrawn entry" : "Published entry"}</h1>
      <dl className="summary-list">
        <div>
          <dt>You said</dt>
          <dd>{entry.youSaid}</dd>
        </div>
        <div>
          <dt>We did</dt>
          <dd>{entry.weDid}</dd>
        </div>
        <div>
          <dt>Shows on</dt>
          <dd>
            The portal's “You said, we did” page{entry.district ? ` and the ${entry.district.name} page` : ""}
            {entry.withdrawnAt ? ` (until ${formatDate(entry.withdrawnAt)})` : ""}
          </dd>
        </div>
      </dl>

      {entry.withdrawnAt ? null : (
        <>
          <h2>Correct it</h2>
          <p>The portal shows the new words at once. The old words stay in the history below.</p>
          <ActionForm
            action={editYouSaidWeDid.bind(null, entry.id)}
            initial={idleForm}
            submitLabel="Save the correction"
            savedMessage="Saved. The portal shows the corrected words."
          >
            <TextArea name="youSaid" label="You said" rows={2} defaultValue={entry.youSaid} />
            <TextArea name="weDid" label="We did" rows={3} defaultValue={entry.weDid} />
            <Select
              name="districtId"
              label="District"
              hint="It shows on this district's page too."
              defaultValue={entry.district?.id ?? ""}
              options={districtOptions}
            />
          </ActionForm>

          <h2>Take it off the portal</h2>
          <details className="details">
            <summary>Withdraw this entry</summary>
            <ActionForm
              action={withdrawYouSaidWeDid.bind(null, entry.id)}
              initial={idleForm}
              submitLabel="Withdraw it"
              savedMessage="Withdrawn. It no longer shows on the portal."
            >
              <TextArea
                name="reason"
                label="Why"
                hint="For the record. For example: the club stopped the sessions."
                rows={2}
              />
            </ActionForm>
          </details>
        </>
      )}

      <h2>History</h2>
      <ol className="link-list">
        {entry.history.map((event) => (
          <li key={event.id}>
            <strong>{WHAT_HAPPENED[event.action] ?? event.action}</strong> by {event.actorLabel},{" "}
            {formatDate(event.createdAt)}
            {event.action === "you_said_we_did.edited" ? (
              <span className="muted">
                . Before: “{words(event.before).youSaid}” / “{words(event.before).weDid}”
              </span>
            ) : null}
            {event.action === "you_said_we_did.withdrawn" ? (
              <span className="muted">. Why: {words(event.after).reason}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
