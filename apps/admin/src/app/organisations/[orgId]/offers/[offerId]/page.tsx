import type { OfferAction } from "@free-city/api";
import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { formatDate, OFFER_STATUS_LABEL } from "~/lib/labels";
import { SECTION_INFO, SECTION_ORDER, type SectionState, sectionState } from "~/lib/offer-sections";
import { idleForm } from "~/server/form-state";
import { offerPath, orgPath, orNotFound, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";
import { archiveOffer, confirmOffer, submitOffer, withdrawOffer } from "./actions";

export const metadata: Metadata = { title: "Offer" };

type Props = {
  params: Promise<{ orgId: string; offerId: string }>;
  searchParams: Promise<{ done?: string; created?: string; saved?: string }>;
};

const DONE: Record<string, string> = {
  submitted:
    "Sent for review. The council usually checks new offers within 2 working days; we will email the owners when they have.",
  withdrawn: "Taken out of review. You can change it and submit it again.",
  confirmed: "Thanks: marked as still accurate today.",
};

const STATE_TAG: Record<SectionState, { label: string; className: string }> = {
  complete: { label: "Completed", className: "tag tag--LIVE" },
  incomplete: { label: "Incomplete", className: "tag tag--EXPIRED" },
  "not-started": { label: "Not started", className: "tag tag--DRAFT" },
};

export default async function OfferTaskListPage({ params, searchParams }: Props) {
  const { orgId, offerId } = await params;
  const { canEdit } = await requireMembership(orgId, offerPath(orgId, offerId));
  const offer = await orNotFound((await api()).offer.get({ organisationId: orgId, offerId }));
  const { done, created, saved } = await searchParams;
  const ref = { organisationId: orgId, offerId };
  const content = offer.content as Record<string, unknown>;
  const states = SECTION_ORDER.map((section) => ({ section, state: sectionState(section, content, offer.incomplete) }));
  const completeCount = states.filter((s) => s.state === "complete").length;
  const can = (action: OfferAction) => offer.actions.includes(action);
  const inReview = can("withdraw");
  const editable = canEdit && can("edit");
  const hasUnsentChanges = offer.openRevision?.status === "DRAFT";
  const savedSection = SECTION_ORDER.find((s) => SECTION_INFO[s].slug === saved);

  return (
    <>
      <BackLink href={orgPath(orgId)}>Back to offers</BackLink>
      {done && DONE[done] ? (
        <div className="banner banner--success" role="status">
          <p>{DONE[done]}</p>
        </div>
      ) : null}
      {created ? (
        <div className="banner banner--success" role="status">
          <p>Offer started. Fill in each section below; you can come back to it at any time.</p>
        </div>
      ) : null}
      {savedSection ? (
        <div className="banner banner--success" role="status">
          <p>Saved “{SECTION_INFO[savedSection].title}”.</p>
        </div>
      ) : null}
      <span className="caption">Offer</span>
      <h1>{String(content.title ?? offer.title)}</h1>
      <p>
        <strong className={`tag tag--${offer.status}`}>{OFFER_STATUS_LABEL[offer.status]}</strong>{" "}
        {offer.status === "LIVE" && inReview ? <span className="tag tag--IN_REVIEW">Change in review</span> : null}
        {offer.status === "LIVE" && hasUnsentChanges ? <span className="tag tag--DRAFT">Unsent change</span> : null}
      </p>

      {offer.sentBack ? (
        <div className="banner banner--warning" role="region" aria-labelledby="reviewer-title">
          <h2 id="reviewer-title" className="banner__title">
            {offer.sentBack.outcome === "CHANGES_REQUESTED"
              ? "The council asked for changes"
              : "The council did not accept this offer"}
          </h2>
          <p className="reviewer-reason">{offer.sentBack.reason}</p>
          <p>Change the sections below, then submit it again.</p>
        </div>
      ) : null}

      {can("confirm") ? (
        <section className="panel" aria-labelledby="fresh-title">
          <h2 id="fresh-title">Is it still right?</h2>
          <p>
            {offer.status === "EXPIRED"
              ? "This offer is hidden from young people because nobody confirmed it for a long time. Check the details, then confirm to show it again."
              : `Last confirmed ${formatDate(offer.lastConfirmedAt)}. Young people trust listings that are checked. Confirm every few months, or whenever you check it.`}
          </p>
          {canEdit ? (
            <ActionForm action={confirmOffer.bind(null, ref)} initial={idleForm} submitLabel="Still accurate">
              {null}
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      <h2>
        {offer.status === "LIVE" ? "Change this offer" : "Sections"}{" "}
        <span className="muted heading-note">
          ({completeCount} of {SECTION_ORDER.length} complete)
        </span>
      </h2>
      {offer.status === "LIVE" ? (
        <p>Young people keep seeing the live version until the council approves your changes.</p>
      ) : null}
      {inReview ? <p>This offer is with the council. To change it now, take it out of review first.</p> : null}
      <ol className="task-list">
        {states.map(({ section, state }) => {
          const info = SECTION_INFO[section];
          const tag = STATE_TAG[state];
          const id = `task-${info.slug}`;
          return (
            <li className="task-list__item" key={section}>
              <span className="task-list__name">
                {editable ? (
                  <Link href={offerPath(orgId, offerId, `/${info.slug}`)} aria-describedby={`${id}-status`}>
                    {info.title}
                  </Link>
                ) : (
                  info.title
                )}
                <span className="hint">{state === "incomplete" ? offer.incomplete[section] : info.about}</span>
              </span>
              <strong className={tag.className} id={`${id}-status`}>
                {tag.label}
              </strong>
            </li>
          );
        })}
      </ol>

      <h2>Photos</h2>
      <p>
        <Link href={offerPath(orgId, offerId, "/photos")}>{editable ? "Add or change photos" : "See the photos"}</Link>{" "}
        <span className="hint">Up to 6, each checked by the council before it shows.</span>
      </p>

      <h2>Check and send</h2>
      <p>
        <Link href={offerPath(orgId, offerId, "/preview")}>Preview it as young people will see it</Link>
        {can("confirm") ? (
          <>
            {" · "}
            <Link href={orgPath(orgId, `/insights?offer=${offerId}`)}>See views, saves and clicks</Link>
          </>
        ) : null}
      </p>
      {canEdit && inReview ? (
        <ActionForm action={withdrawOffer.bind(null, ref)} initial={idleForm} submitLabel="Take it out of review">
          <p>Changed your mind, or spotted a mistake? Take it out of review, change it, and submit it again.</p>
        </ActionForm>
      ) : null}
      {editable && !hasUnsentChanges && offer.sentBack ? (
        <p className="inset">
          Change the sections the council mentioned and save them. Then you can send it again from here.
        </p>
      ) : null}
      {editable && hasUnsentChanges ? (
        can("submit") ? (
          <ActionForm action={submitOffer.bind(null, ref)} initial={idleForm} submitLabel="Submit for review">
            <p>
              The council checks every offer before young people can see it. We will email the owners of your
              organisation when they have.
            </p>
          </ActionForm>
        ) : (
          <p className="inset">
            You can submit it for review when every section is complete. Still to do:{" "}
            {states
              .filter((s) => s.state !== "complete")
              .map((s) => SECTION_INFO[s.section].title)
              .join(", ")}
            .
          </p>
        )
      ) : null}

      {canEdit && can("archive") ? (
        <details className="danger-zone">
          <summary>Archive this offer</summary>
          <p>
            Archiving takes it off Free City for good{offer.status === "LIVE" ? ", straight away" : ""}. You can add it
            again as a new offer later.
          </p>
          <ActionForm action={archiveOffer.bind(null, ref)} initial={idleForm} submitLabel="Archive this offer">
            {null}
          </ActionForm>
        </details>
      ) : null}
    </>
  );
}
