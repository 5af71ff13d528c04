import type { Metadata } from "next";
import { ActionForm } from "~/components/form/action-form";
import { TextArea } from "~/components/form/fields";
import { Pager, pageParam } from "~/components/pager";
import { formatDate } from "~/lib/labels";
import { urgentReportsFirst } from "~/lib/report-order";
import { idleForm } from "~/server/form-state";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { redact } from "../voice/actions";
import { resolveReport } from "./actions";

export const metadata: Metadata = { title: "Reports" };

const REASON = {
  PHOTO: "A photo shouldn't be here",
  WRONG_INFORMATION: "Wrong information",
  NOT_FREE: "Not free",
  CLOSED_OR_CANCELLED: "Closed or cancelled",
  ACCESS_PROBLEM: "Access problem",
  SAFETY_CONCERN: "Safety concern",
  OTHER: "Something else",
} as const;

/** "Report a problem" from the portal: open ones first, each resolved with a note or by taking the listing down. */
export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("/reports");
  const { open, openTotal, page, pages, decided } = await (await api()).moderation.reports({
    page: pageParam((await searchParams).page),
  });
  return (
    <>
      <h1>Reports</h1>
      <p className="lead">
        Problems young people and families reported on the portal. Photos that shouldn't be there first, then safety
        concerns: look at them today.
      </p>
      {openTotal === 0 ? <p>No open reports.</p> : <p>{openTotal} open, oldest first.</p>}
      <Pager path="/reports" page={page} pages={pages} label="Pages of open reports" />
      {urgentReportsFirst(open).map((report) => (
        <article className="panel" key={report.id} aria-labelledby={`report-${report.id}`}>
          <h2 id={`report-${report.id}`}>
            {REASON[report.reason]}: {report.offer?.title ?? "(listing removed)"}
          </h2>
          <p className="muted">
            {formatDate(report.createdAt)}
            {report.offer ? `, ${report.offer.organisation.name}` : ""}
          </p>
          {report.details ? (
            <>
              <p className="reviewer-reason">“{report.details}”</p>
              <ActionForm
                action={redact.bind(null, "report", report.id)}
                initial={idleForm}
                submitLabel="Remove the text"
                savedMessage="Text removed; the report stays."
              >
                {null}
              </ActionForm>
            </>
          ) : (
            <p className="muted">No details given.</p>
          )}
          <ActionForm
            action={resolveReport.bind(null, report.id, "resolve")}
            idPrefix={`resolve-${report.id}`}
            initial={idleForm}
            submitLabel="Resolve"
          >
            <TextArea name="note" label="What you did (kept with the report)" rows={2} />
          </ActionForm>
          {report.offer && report.offer.status !== "ARCHIVED" ? (
            <details className="details">
              <summary>Take the listing off the portal</summary>
              <ActionForm
                action={resolveReport.bind(null, report.id, "unpublish")}
                idPrefix={`unpublish-${report.id}`}
                initial={idleForm}
                submitLabel="Take it down and resolve"
              >
                <TextArea name="note" label="Why it came down (the partner can see this in the history)" rows={2} />
              </ActionForm>
            </details>
          ) : null}
        </article>
      ))}
      {decided.length > 0 ? (
        <>
          <h2>Recently resolved</h2>
          <ul className="link-list">
            {decided.map((r) => (
              <li key={r.id}>
                {formatDate(r.resolvedAt)}: {REASON[r.reason]}, {r.offer?.title ?? "(listing removed)"}:{" "}
                {r.status === "UNPUBLISHED" ? "taken down" : "resolved"}
                {r.resolvedBy ? ` by ${r.resolvedBy.email}` : ""}. <span className="muted">“{r.resolutionNote}”</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
