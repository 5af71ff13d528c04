import type { Metadata } from "next";
import { Table } from "~/components/table";
import { formatDate } from "~/lib/labels";
import { ORGANISATION_TYPE_LABEL } from "~/lib/organisation-types";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { signatoryStatus } from "./signatory-status";

export const metadata: Metadata = { title: "The pledge" };

/**
 * Everyone who signed the partner pledge, newest first, with where each stands. Only verified
 * organisations in good standing show on the portal's public wall; the rest are here so officers
 * can check them.
 */
export default async function PledgePage() {
  await requireStaff("/pledge");
  const { organisations } = await (await api()).pledge.signatories();
  const onWall = organisations.filter((o) => o.verificationStatus === "VERIFIED" && !o.suspended).length;
  return (
    <>
      <h1>The pledge</h1>
      <p className="lead">
        {organisations.length} organisations have signed the partner pledge; {onWall} of them show on the portal's
        public “Who has signed up” page.
      </p>
      <p>
        <a className="button button--secondary" href="/pledge/export" download>
          Download the list (CSV)
        </a>
      </p>
      {organisations.length === 0 ? (
        <p>Nobody has signed yet.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
        <div className="table-scroll" role="region" aria-label="Pledge signatories" tabIndex={0}>
          <Table
            caption="Organisations that signed the pledge"
            hideCaption
            columns={["Organisation", "Kind", "Signed", "Where it stands", "Live offers", "Districts"]}
          >
            {organisations.map((organisation) => (
              <tr key={organisation.slug}>
                <th scope="row">{organisation.name}</th>
                <td>{ORGANISATION_TYPE_LABEL[organisation.sector]}</td>
                <td>{formatDate(organisation.pledgedAt)}</td>
                <td>{signatoryStatus(organisation)}</td>
                <td>{organisation.liveOffers}</td>
                <td>{organisation.districts.map((d) => d.name).join(", ") || "None yet"}</td>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </>
  );
}
