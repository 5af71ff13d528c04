import type { Metadata } from "next";
import { ActionForm } from "~/components/form/action-form";
import { ReviewHeader } from "~/components/review/review-header";
import { formatDate } from "~/lib/labels";
import { idleForm } from "~/server/form-state";
import { orNotFound, requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { restoreVersion } from "../../actions";

export const metadata: Metadata = { title: "Version history" };

/** Every approved version of an offer, and a way back to an earlier one (as a new revision, reviewed like any other). */
export default async function VersionHistoryPage({ params }: { params: Promise<{ offerId: string }> }) {
  const { offerId } = await params;
  await requireStaff(`/review/history/${offerId}`);
  const { offer, versions } = await orNotFound((await api()).review.versions({ offerId }));
  return (
    <>
      <ReviewHeader caption={`Version history, ${offer.organisation.name}`} title={offer.title} />
      {versions.length === 0 ? <p>No version has been approved yet.</p> : null}
      <ol className="versions" reversed>
        {versions.map((v) => (
          <li key={v.id} className="panel">
            <p>
              <strong>Version {v.number}</strong>
              {v.live ? <strong className="tag tag--LIVE"> Live now</strong> : null}
            </p>
            <p>
              Approved {formatDate(v.approvedAt)}
              {v.approvedBy ? ` by ${v.approvedBy}` : ""}
              {v.sentBy ? `, sent by ${v.sentBy}` : ""}.
            </p>
            <p>
              <strong>{v.title}</strong>: {v.summary}
            </p>
            {!v.live ? (
              <ActionForm
                action={restoreVersion.bind(null, offerId, v.id)}
                initial={idleForm}
                submitLabel={`Bring back version ${v.number}`}
              >
                <p className="hint">
                  It becomes a new revision waiting for review; nothing changes on the portal until it is approved.
                </p>
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
