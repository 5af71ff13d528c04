import type { OfferAction } from "@free-city/api";
import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { formatDate, OFFER_STATUS_LABEL } from "~/lib/labels";
import { SECTION_INFO, SECTION_ORDER, sectionState } from "~/lib/offer-sections";
import { idleForm } from "~/server/form-state";
import { offerPath, orgPath, orNotFound, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";
import { archiveOffer, confirmOffer, submitOffer, withdrawOffer } from "./actions";
import { DoneBanners, SentBackBanner, StillToDo } from "./offer-notices";
import { SectionTaskList } from "./section-task-list";

export const metadata: Metadata = { title: "Offer" };

type Props = {
  params: Promise<{ orgId: string; offerId: string }>;
  searchParams: Promise<{ done?: string; created?: string; saved?: string }>;
};

export default async function OfferTaskListPage({ params, searchParams }: Props) {
  const { orgId, offerId } = await params;
  const { canEdit } = await requireMembership(orgId, offerPath(orgId, offerId));
  const offer = await orNotFound((await api()).offer.get({ organisationId: orgId, offerId }));
  const { done, created, saved } = await searchParams;
  const ref = { organisationId: orgId, offerId };
  const content = offer.content as Record<string, unknown>;
  const states = SECTION_ORDER.map((section) => ({ section, state: sectionState(section, content, offer.incomplete) }));
  // Optional sections count as done: nothing in them stops the offer being sent.
  const completeCount = states.filter((s) => s.state === "complete" || s.state === "optional").length;
  const can = (action: OfferAction) => offer.actions.includes(action);
  const inReview = can("withdraw");
  const editable = canEdit && can("edit");
  const hasUnsentChanges = offer.openRevision?.status === "DRAFT";
  const savedSection = SECTION_ORDER.find((s) => SECTION_INFO[s].slug === saved);

  return (
    <>
      <BackLink href={orgPath(orgId)}>Back to offers</BackLink>
      <DoneBanners
        done={done}
        created={Boolean(created)}
        savedSectionTitle={savedSection ? SECTION_INFO[savedSection].title : undefined}
      />
      <span className="caption">Offer</span>
      <h1>{String(content.title ?? offer.title)}</h1>
      <p>
        <strong className={`tag tag--${offer.status}`}>{OFFER_STATUS_LABEL[offer.status]}</strong>{" "}
        {offer.status === "LIVE" && inReview ? <span className="tag tag--IN_REVIEW">Change in review</span> : null}
        {offer.status === "LIVE" && hasUnsentChanges ? <span className="tag tag--DRAFT">Unsent change</span> : null}
      </p>

      {offer.sentBack ? <SentBackBanner sentBack={offer.sentBack} /> : null}

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
      <SectionTaskList
        states={states}
        incomplete={offer.incomplete}
        sectionHref={editable ? (slug) => offerPath(orgId, offerId, `/${slug}`) : null}
      />

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
          <StillToDo
            sections={states.filter((s) => s.state === "incomplete" || s.state === "not-started").map((s) => s.section)}
          />
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
