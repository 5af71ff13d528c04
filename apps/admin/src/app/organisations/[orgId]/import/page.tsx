import type { Metadata } from "next";
import { orgPath, requireMembership } from "~/server/pages";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import offers" };

export default async function ImportPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { canEdit } = await requireMembership(orgId, orgPath(orgId, "/import"));
  return (
    <>
      <h1>Import offers from a spreadsheet</h1>
      <p className="lead">Got lots of offers? Put them in a spreadsheet, one row per offer, and add them all at once.</p>
      <ol>
        <li>
          <a href={orgPath(orgId, "/import/template")} download>
            Download the template (CSV)
          </a>
          . It has a column for every question and two example rows. Your venues must be on Free City first.
        </li>
        <li>Fill it in, one offer per row, and save it as “CSV UTF-8”.</li>
        <li>Choose the file below. We check every row first: if anything is wrong, nothing is imported and we tell you the row, column and what to fix.</li>
      </ol>
      {canEdit ? <ImportForm organisationId={orgId} /> : <p className="inset">Your organisation is suspended, so nothing can be imported.</p>}
    </>
  );
}
