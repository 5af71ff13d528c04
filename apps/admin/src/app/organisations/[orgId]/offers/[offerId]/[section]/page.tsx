import type { OfferContent, OfferSection } from "@free-city/schemas";
import { cancellationRowsOf, scheduleRowsOf, scheduleWords } from "@free-city/words";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { AccessFields } from "~/components/offer-editor/access-fields";
import { AudienceFields } from "~/components/offer-editor/audience-fields";
import { BasicsFields } from "~/components/offer-editor/basics-fields";
import { LanguagesFields } from "~/components/offer-editor/languages-fields";
import { SafeguardingFields } from "~/components/offer-editor/safeguarding-fields";
import { TakeUpFields } from "~/components/offer-editor/take-up-fields";
import { WhenFields } from "~/components/offer-editor/when-fields";
import { WhereFields } from "~/components/offer-editor/where-fields";
import { SECTION_INFO, sectionFromSlug } from "~/lib/offer-sections";
import { idleForm } from "~/server/form-state";
import { offerPath, orNotFound, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";
import { saveSection } from "./actions";

type Props = { params: Promise<{ orgId: string; offerId: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = sectionFromSlug((await params).section);
  return { title: section ? SECTION_INFO[section].title : "Not found" };
}

export default async function OfferSectionPage({ params }: Props) {
  const { orgId, offerId, section: slug } = await params;
  const section = sectionFromSlug(slug);
  if (!section) notFound();
  await requireMembership(orgId, offerPath(orgId, offerId, `/${slug}`));
  const trpc = await api();
  const offer = await orNotFound(trpc.offer.get({ organisationId: orgId, offerId }));
  const content = offer.content as Partial<OfferContent>;
  const ref = { organisationId: orgId, offerId };
  const info = SECTION_INFO[section];
  return (
    <>
      <BackLink href={offerPath(orgId, offerId)}>Back to the sections</BackLink>
      <span className="caption">{String(content.title ?? offer.title)}</span>
      <h1>{info.title}</h1>
      {offer.sentBack ? (
        <div className="banner banner--warning" role="region" aria-label="What the council asked">
          <p>
            <strong>
              {offer.sentBack.outcome === "CHANGES_REQUESTED"
                ? "The council asked for changes:"
                : "The council's reason for not accepting it:"}
            </strong>{" "}
            <span className="reviewer-reason">{offer.sentBack.reason}</span>
          </p>
        </div>
      ) : null}
      {section === "when" ? <WhenInWords content={content} /> : null}
      <ActionForm
        action={saveSection.bind(null, ref, section)}
        initial={idleForm}
        submitLabel="Save and go back to the sections"
      >
        <SectionFields section={section} content={content} organisationId={orgId} />
      </ActionForm>
    </>
  );
}

/** The saved sessions as young people will read them. */
function WhenInWords({ content }: { content: Partial<OfferContent> }) {
  const words = scheduleWords(scheduleRowsOf(content.schedules), cancellationRowsOf(content.cancellations));
  if (words.sessions.length === 0) return null;
  return (
    <div className="inset" role="region" aria-label="How young people will read it">
      <p className="inset__title">Young people will read:</p>
      <ul>
        {words.sessions.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {words.notOn ? <li>{words.notOn}</li> : null}
      </ul>
    </div>
  );
}

/** The section's own fields, one component per section (components/offer-editor/). */
function SectionFields({
  section,
  content,
  organisationId,
}: {
  section: OfferSection;
  content: Partial<OfferContent>;
  organisationId: string;
}) {
  switch (section) {
    case "basics":
      return <BasicsFields content={content} organisationId={organisationId} />;
    case "audience":
      return <AudienceFields content={content} />;
    case "when":
      return <WhenFields content={content} organisationId={organisationId} />;
    case "where":
      return <WhereFields content={content} organisationId={organisationId} />;
    case "takeUp":
      return <TakeUpFields content={content} />;
    case "access":
      return <AccessFields content={content} />;
    case "safeguarding":
      return <SafeguardingFields content={content} />;
    case "languages":
      return <LanguagesFields content={content} />;
  }
}
