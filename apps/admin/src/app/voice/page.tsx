import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "~/components/form/action-form";
import { Select, TextArea, TextField } from "~/components/form/fields";
import { Pager, pageParam } from "~/components/pager";
import { formatDate } from "~/lib/labels";
import { idleForm } from "~/server/form-state";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { createOutreachTask, moderateFeedback, redact, respond } from "./actions";

export const metadata: Metadata = { title: "Youth voice" };

const REACTION = { LOVED_IT: "Loved it", GOOD: "Good", OKAY: "Okay", NOT_FOR_ME: "Not for me" } as const;

/**
 * What young people said: reactions to offers and suggestions, held until a person decides.
 * Suggestions can become outreach tasks for a district; staff answer in "You said, we did".
 */
export default async function YouthVoicePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("/voice");
  const trpc = await api();
  const [{ pending, pendingTotal, page, pages, decided, responses }, districts] = await Promise.all([
    trpc.moderation.youthVoice({ page: pageParam((await searchParams).page) }),
    trpc.catalogue.districts(),
  ]);
  const districtOptions = [
    { value: "", label: "Choose a district" },
    ...districts.map((d) => ({ value: d.id, label: d.name })),
  ];
  return (
    <>
      <h1>Youth voice</h1>
      <p className="lead">
        Anonymous: nothing here says who sent it. Emails, phone numbers, postcodes, usernames and obvious names were
        taken out before it was saved. If you still see a name or a school, remove the text (the count stays). The text
        of handled items is removed automatically after the city's retention period.
      </p>
      <h2>Waiting ({pendingTotal})</h2>
      <Pager path="/voice" page={page} pages={pages} label="Pages of waiting feedback" />
      {pending.length === 0 ? <p>Nothing waiting.</p> : null}
      {pending.map((f) => (
        <article className="panel" key={f.id} aria-labelledby={`voice-${f.id}`}>
          <h3 id={`voice-${f.id}`}>
            {f.kind === "REACTION"
              ? `${f.reaction ? REACTION[f.reaction] : "Reaction"}: ${f.offer?.title ?? "an offer"}`
              : `Suggestion${f.district ? ` for ${f.district.name}` : ""}${f.category ? ` (${f.category.name})` : ""}`}
          </h3>
          <p className="muted">{formatDate(f.createdAt)}</p>
          {f.comment ? <p className="reviewer-reason">“{f.comment}”</p> : <p className="muted">No comment.</p>}
          <div className="button-group">
            <ActionForm action={moderateFeedback.bind(null, f.id, "publish")} initial={idleForm} submitLabel="Publish">
              {null}
            </ActionForm>
            <ActionForm action={moderateFeedback.bind(null, f.id, "hide")} initial={idleForm} submitLabel="Hide">
              {null}
            </ActionForm>
            {f.comment ? (
              <ActionForm
                action={redact.bind(null, "feedback", f.id)}
                initial={idleForm}
                submitLabel="Remove the text"
                savedMessage="Text removed; the count stays."
              >
                {null}
              </ActionForm>
            ) : null}
          </div>
          {f.kind === "SUGGESTION" ? (
            <details className="details">
              <summary>Make it an outreach task</summary>
              <ActionForm
                action={createOutreachTask.bind(null, f.id)}
                idPrefix={`task-${f.id}`}
                initial={idleForm}
                submitLabel="Create task"
                savedMessage="Task created."
              >
                <Select
                  name="districtId"
                  label="District"
                  defaultValue={f.district?.id ?? ""}
                  options={districtOptions}
                />
                <TextField
                  name="title"
                  label="Task"
                  defaultValue={f.comment ? `Find a partner for: ${f.comment.slice(0, 120)}` : ""}
                />
                <TextArea name="notes" label="Notes (optional)" rows={2} />
              </ActionForm>
            </details>
          ) : null}
        </article>
      ))}

      <h2>Write a “You said, we did”</h2>
      <p>It shows on the portal straight away. Write it for a 10-year-old.</p>
      <ActionForm
        action={respond.bind(null, null)}
        initial={idleForm}
        submitLabel="Publish on the portal"
        savedMessage="Published. It is on the portal's “You said, we did” page now."
      >
        <Select
          name="districtId"
          label="District (optional)"
          hint="Choose one if it is about one part of the city: it shows on that district's page too."
          options={[{ value: "", label: "The whole city" }, ...districtOptions.slice(1)]}
        />
        <TextArea
          name="youSaid"
          label="You said"
          hint="What young people asked for, in their words. For example: more football for girls in Erdington."
          rows={2}
        />
        <TextArea
          name="weDid"
          label="We did"
          hint="What changed. For example: Erdington Leisure Centre now runs a free girls' session every Wednesday."
          rows={3}
        />
      </ActionForm>

      {responses.length > 0 ? (
        <>
          <h2>Published responses</h2>
          <ul className="link-list">
            {responses.map((r) => (
              <li key={r.id}>
                <strong>You said:</strong> {r.youSaid} <strong>We did:</strong> {r.weDid}{" "}
                <span className="muted">
                  ({formatDate(r.publishedAt)}
                  {r.district ? `, ${r.district.name}` : ""}
                  {r.withdrawnAt ? ", withdrawn" : ""})
                </span>{" "}
                <Link href={`/voice/responses/${r.id}`}>
                  {r.withdrawnAt ? "History" : "Correct or withdraw"}
                  <span className="visually-hidden">: {r.youSaid}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {decided.length > 0 ? (
        <>
          <h2>Recently decided</h2>
          <ul className="link-list">
            {decided.map((f) => (
              <li key={f.id}>
                {f.status === "PUBLISHED" ? "Published" : "Hidden"}:{" "}
                {f.kind === "REACTION" ? (f.offer?.title ?? "reaction") : "suggestion"}
                {f.comment ? <span className="muted"> “{f.comment}”</span> : null}
                {f.outreach.length > 0 ? <span> (outreach: {f.outreach.map((o) => o.title).join(", ")})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
