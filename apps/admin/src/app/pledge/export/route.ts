import { toCsv } from "@free-city/schemas";
import { formatDate } from "~/lib/labels";
import { ORGANISATION_TYPE_LABEL } from "~/lib/organisation-types";
import { getSessionUser } from "~/server/auth";
import { api } from "~/trpc/server";
import { signatoryStatus } from "../signatory-status";

/** The pledge list as CSV, for officers' own records and reports. Staff only. */
export async function GET() {
  const user = await getSessionUser();
  if (!user?.staffRole) return new Response("Not found", { status: 404 });
  const { organisations } = await (await api()).pledge.signatories();
  const rows = [
    ["organisation", "kind", "signed", "where it stands", "live offers", "districts"],
    ...organisations.map((o) => [
      o.name,
      ORGANISATION_TYPE_LABEL[o.sector],
      formatDate(o.pledgedAt),
      signatoryStatus(o),
      o.liveOffers,
      o.districts.map((d) => d.name).join("; "),
    ]),
  ];
  return new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="free-city-pledge.csv"',
    },
  });
}
