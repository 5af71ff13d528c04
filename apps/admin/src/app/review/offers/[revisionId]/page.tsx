import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "~/components/form/action-form";
import { Choices, TextArea } from "~/components/form/fields";
import { OfferPreview } from "~/components/offer-preview/offer-preview";
import { ReviewHeader } from "~/components/review/review-header";
import { ReviewPhotos } from "~/components/review/review-photos";
import { Table } from "~/components/table";
import { formatDate } from "~/lib/labels";
import { REVIEW_FIELDS } from "~/lib/review-fields";
import { idleForm } from "~/server/form-state";
import { orNotFound, requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { claimRevision, decideRevision } from "../../actions";

export const metadata: Metadata = { title: "Review an offer" };

const OUTCOME = { APPROVED: "Approved", CHANGES_REQUESTED: "Changes requested", REJECTED: "Rejected" } as const;

export default async function ReviewOfferPage({
  params,
  searchParams,
}: {
  params: Promise<{ revisionId: string }>;
  searchParams: Promise<{ photo?: string; photoError?: string }>;
}) {
  const { revisionId } = await params;
  const { photo: photoFlash, photoError } = await searchParams;
  const me = await requireStaff(`/review/offers/${revisionId}`);
  const review = await orNotFound((await api()).review.revision({ revisionId }));
  const { revision, offer, pending, live, changed } = review;
  const names = {
    venues: new Map(
      review.venues.map((v) => [
        v.id,
        `${v.name}, ${v.postcode}${v.status === "PENDING" ? " (venue not checked yet)" : ""}`,
      ]),
    ),
    categories: new Map(review.categories.map((c) => [c.id, c.name])),
  };
  const open = revision.status === "IN_REVIEW";
  const claimedByOther =
    revision.claimedBy &&
    revision.claimedBy.id !== me.id &&
    revision.claimedAt &&
    Date.now() - revision.claimedAt.getTime() < 30 * 60_000;
  const fields = REVIEW_FIELDS.filter((f) => !live || changed.includes(f.key));
  return (
    <>
      <ReviewHeader
        caption={`${live ? "Edit to a live offer" : "New offer"} from ${offer.organisation.name}`}
        title={pending.title}
      />
      <p className="muted">
        Sent {formatDate(revision.submittedAt)}
        {revision.submittedBy ? ` by ${revision.submittedBy}` : ""}. Organisation:{" "}
        {offer.organisation.verificationStatus === "VERIFIED" ? "verified" : "not verified yet"}
        {offer.organisation.suspendedAt ? ", suspended" : ""}.
      </p>
      {!open ? (
        <div className="banner" role="status">
          <p>
            This has been decided
            {revision.decision
              ? `: ${OUTCOME[revision.decision.outcome]}${revision.decision.decidedBy ? ` by ${revision.decision.decidedBy.email}` : ""}`
              : ""}
            .
          </p>
        </div>
      ) : claimedByOther ? (
        <div className="banner banner--warning" role="status">
          <p>
            {revision.claimedBy?.email ?? "Someone else"} is reviewing this. It frees up if they leave it for 30
            minutes.
          </p>
        </div>
      ) : revision.claimedBy?.id !== me.id ? (
        <ActionForm action={claimRevision.bind(null, revisionId)} initial={idleForm} submitLabel="Start reviewing">
          <p>Claim it first, so nobody else reviews it at the same time.</p>
        </ActionForm>
      ) : null}

      <h2>
        {live ? `What changed (${changed.length} ${changed.length === 1 ? "field" : "fields"})` : "What they sent"}
      </h2>
      <Table
        caption={live ? "Each changed field: the live version and the new one" : "Every field of the new offer"}
        hideCaption
        columns={live ? ["Field", "Live now", "Proposed"] : ["Field", "Value"]}
        variant="diff"
      >
        {fields.map((f) => (
          <tr key={f.key}>
            <th scope="row">{f.label}</th>
            {live ? (
              <td className="diff__old">
                <del>{f.show(live, names)}</del>
              </td>
            ) : null}
            <td className={live ? "diff__new" : undefined}>
              {live ? <ins>{f.show(pending, names)}</ins> : f.show(pending, names)}
            </td>
          </tr>
        ))}
      </Table>

      <ReviewPhotos listing={{ revisionId }} flash={photoFlash} error={photoError} />

      {open && !claimedByOther ? (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">Your decision</h2>
          <ActionForm action={decideRevision.bind(null, revisionId)} initial={idleForm} submitLabel="Send decision">
            <Choices
              name="outcome"
              type="radio"
              legend="Decision"
              options={[
                {
                  value: "APPROVED",
                  label: live
                    ? "Approve the change: it replaces the live version"
                    : "Approve: it goes live on the portal",
                },
                {
                  value: "CHANGES_REQUESTED",
                  label: "Ask for changes",
                  hint: "The partner sees your reason where they edit, and can send it again.",
                },
                { value: "REJECTED", label: "Reject", hint: "For something that can't be on Free City at all." },
              ]}
            />
            <TextArea
              name="reason"
              label="Reason (needed to ask for changes or reject)"
              hint="Write it to the partner: what to change, and why. Up to 2000 characters."
              rows={4}
            />
          </ActionForm>
        </section>
      ) : null}

      <h2>How young people will see it</h2>
      <OfferPreview
        content={pending}
        fallbackTitle={pending.title}
        venues={review.venues}
        categoryNames={names.categories}
      />

      <p>
        <Link href={`/review/history/${offer.id}`}>Version history of this offer</Link>
      </p>
      <h2>{offer.organisation.name}: past decisions</h2>
      {review.history.length === 0 ? (
        <p>No decisions yet: this is their first.</p>
      ) : (
        <ul className="link-list">
          {review.history.map((d) => (
            <li key={d.id}>
              {formatDate(d.at)}: {OUTCOME[d.outcome]}, {d.subject}
              {d.by ? ` (${d.by})` : ""}
              {d.reason ? <span className="muted">. “{d.reason}”</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
