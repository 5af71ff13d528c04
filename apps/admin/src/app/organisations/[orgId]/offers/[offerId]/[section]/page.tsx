import type { OfferContent, OfferSection } from "@free-city/schemas";
import { cancellationRowsOf, scheduleRowsOf, scheduleWords } from "@free-city/words";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "~/components/form/action-form";
import { Checkbox, Choices, TextArea, TextField } from "~/components/form/fields";
import { WhenEditor } from "~/components/offer-editor/when-editor";
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
      <p>
        <Link href={offerPath(orgId, offerId)} className="back-link">
          Back to the sections
        </Link>
      </p>
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

async function SectionFields({
  section,
  content,
  organisationId,
}: {
  section: OfferSection;
  content: Partial<OfferContent>;
  organisationId: string;
}) {
  const trpc = await api();
  switch (section) {
    case "basics": {
      const categories = await trpc.catalogue.categories();
      return (
        <>
          <TextField
            name="title"
            label="Name"
            hint="Up to 120 characters. Say what it is: Saturday football skills."
            defaultValue={content.title}
          />
          <TextArea
            name="summary"
            label="Summary"
            hint="One or two sentences (up to 280 characters) shown in search results. Write for a 10-year-old."
            defaultValue={content.summary}
            rows={3}
          />
          <TextArea
            name="description"
            label="Description (optional)"
            hint="What happens, what to bring, what to wear. Leave a blank line between paragraphs. Up to 5000 characters; no links or HTML."
            defaultValue={content.description}
            rows={8}
          />
          <Choices
            name="categoryIds"
            type="checkbox"
            legend="Categories"
            hint="Choose up to 5. Young people find offers by these."
            defaultValue={content.categoryIds ?? []}
            options={categories.flatMap((parent) => [
              { value: parent.id, label: parent.name },
              ...parent.children.map((child) => ({ value: child.id, label: `${parent.name}: ${child.name}` })),
            ])}
          />
          <p>
            Can't find the right category?{" "}
            <Link href={`/organisations/${organisationId}/categories`}>Suggest a new one</Link> (this page is saved
            first only if you press Save).
          </p>
        </>
      );
    }
    case "audience":
      return (
        <>
          <fieldset className="fieldset">
            <legend className="label">Ages</legend>
            <span className="hint">Free City is for children and young people up to 25 (SEND up to 25).</span>
            <div className="inline-fields">
              <TextField
                name="minAge"
                label="Youngest age"
                inputMode="numeric"
                width="short"
                defaultValue={content.minAge}
              />
              <TextField
                name="maxAge"
                label="Oldest age"
                inputMode="numeric"
                width="short"
                defaultValue={content.maxAge}
              />
            </div>
          </fieldset>
          <TextField
            name="aloneFromAge"
            label="From what age can they come without an adult? (optional)"
            hint="Leave it empty if young people must always come with an adult."
            inputMode="numeric"
            width="short"
            defaultValue={content.aloneFromAge}
          />
          <Choices
            name="costType"
            type="radio"
            legend="Is it free?"
            defaultValue={content.costType ?? null}
            options={[
              { value: "FREE", label: "Yes, free for everyone it is for" },
              {
                value: "FREE_WITH_CONDITION",
                label: "Free with a condition",
                hint: "For example: free with a library card, or free for under-16s with a paying adult.",
              },
            ]}
          />
          <TextField
            name="costCondition"
            label="The condition (if there is one)"
            hint="Up to 200 characters."
            defaultValue={content.costCondition}
          />
          <TextField
            name="capacity"
            label="How many places are there? (optional)"
            inputMode="numeric"
            width="short"
            defaultValue={content.capacity}
          />
        </>
      );
    case "when": {
      const venues = await trpc.venue.list({ organisationId });
      return (
        <WhenEditor
          schedules={content.schedules ?? []}
          cancellations={content.cancellations ?? []}
          venues={venues.filter((v) => v.status !== "ARCHIVED").map((v) => ({ id: v.id, name: v.name }))}
        />
      );
    }
    case "where": {
      const venues = (await trpc.venue.list({ organisationId })).filter((v) => v.status !== "ARCHIVED");
      return venues.length === 0 ? (
        <p className="inset">
          Your organisation has no venues yet.{" "}
          <Link href={`/organisations/${organisationId}/venues/new`}>Add a venue</Link> first, then come back.
        </p>
      ) : (
        <>
          <Choices
            name="venueIds"
            type="checkbox"
            legend="Where does it happen?"
            hint="Choose every venue where it runs."
            defaultValue={content.venueIds ?? []}
            options={venues.map((v) => ({
              value: v.id,
              label: v.name,
              hint: `${v.addressLine1}, ${v.postcode}${v.status === "PENDING" ? " (waiting for the council to check it)" : ""}`,
            }))}
          />
          <p>
            Not listed? <Link href={`/organisations/${organisationId}/venues/new`}>Add a venue</Link>.
          </p>
        </>
      );
    }
    case "takeUp":
      return (
        <>
          <Choices
            name="takeUpMethod"
            type="radio"
            legend="How do young people take it up?"
            defaultValue={content.takeUpMethod ?? null}
            options={[
              { value: "TURN_UP", label: "They just turn up" },
              { value: "BOOK_AHEAD", label: "They book ahead", hint: "Give a booking link or a phone number below." },
              {
                value: "SHOW_CODE",
                label: "They show a code",
                hint: "For example at the box office. Give the code below.",
              },
              { value: "ASK_AT_DESK", label: "They ask at the desk" },
            ]}
          />
          <TextField
            name="bookingUrl"
            label="Booking link (if they book ahead)"
            hint="A web address starting with https://"
            type="url"
            defaultValue={content.bookingUrl}
          />
          <TextField
            name="bookingPhone"
            label="Booking phone number (if they book ahead)"
            type="tel"
            width="medium"
            defaultValue={content.bookingPhone}
          />
          <TextField
            name="takeUpCode"
            label="The code (if they show one)"
            width="medium"
            defaultValue={content.takeUpCode}
          />
          <TextArea
            name="takeUpNotes"
            label="Anything else they need to know? (optional)"
            hint="For example: arrive 10 minutes early. Up to 1000 characters."
            defaultValue={content.takeUpNotes}
            rows={3}
          />
        </>
      );
    case "access":
      return (
        <>
          <Checkbox
            name="sendFriendly"
            label="It welcomes young people with special educational needs and disabilities (SEND)"
            defaultChecked={content.sendFriendly}
          />
          <Checkbox
            name="quietSessions"
            label="There are quiet or sensory-friendly sessions"
            defaultChecked={content.quietSessions}
          />
          <TextArea
            name="accessNotes"
            label="Access information (optional)"
            hint="For example: step-free entrance at the side, a hearing loop at reception, a quiet room. The venue's own access features are shown too. Up to 2000 characters."
            defaultValue={content.accessNotes}
          />
        </>
      );
    case "safeguarding":
      return (
        <>
          <Checkbox
            name="dbsCheckedStaff"
            label="Everyone who works with young people has an up-to-date DBS check"
            defaultChecked={content.dbsCheckedStaff}
          />
          <TextArea
            name="safeguardingNotes"
            label="How you keep young people safe (optional)"
            hint="For example: who your safeguarding lead is, and whether under-12s must be collected. Up to 2000 characters."
            defaultValue={content.safeguardingNotes}
          />
        </>
      );
  }
}
