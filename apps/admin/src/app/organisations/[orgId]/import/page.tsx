import { OFFER_IMPORT_COLUMNS } from "@free-city/schemas";
import type { Metadata } from "next";
import { Table } from "~/components/table";
import { orgPath, requireMembership } from "~/server/pages";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import offers" };

export default async function ImportPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { canEdit } = await requireMembership(orgId, orgPath(orgId, "/import"));
  return (
    <>
      <h1>Import offers from a spreadsheet</h1>
      <p className="lead">
        Got lots of offers? Put them in a spreadsheet, one row per offer, and add them all at once.
      </p>
      <ol>
        <li>
          <a href={orgPath(orgId, "/import/template")} download>
            Download the template (CSV)
          </a>
          . It has a column for every question and two example rows. Your venues must be on Free City first.
        </li>
        <li>
          Fill it in, one offer per row, and save it as “CSV UTF-8”. The category codes are on the{" "}
          <a href={orgPath(orgId, "/categories")}>categories page</a>.
        </li>
        <li>
          Choose the file below. We check every row first: if anything is wrong, nothing is imported and we tell you the
          row, column and what to fix.
        </li>
      </ol>
      <details className="details">
        <summary>What goes in each column</summary>
        <Table caption={<>The template's columns</>} hideCaption columns={["Column", "Needed?", "What to write"]}>
          {OFFER_IMPORT_COLUMNS.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
              </th>
              <td>{column.required ? "Yes" : "No"}</td>
              <td>{column.about}</td>
            </tr>
          ))}
        </Table>
      </details>
      {canEdit ? (
        <ImportForm organisationId={orgId} />
      ) : (
        <p className="inset">Your organisation is suspended, so nothing can be imported.</p>
      )}
    </>
  );
}
