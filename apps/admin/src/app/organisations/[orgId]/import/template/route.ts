import { orNotFound } from "~/server/pages";
import { api } from "~/trpc/server";

/** The CSV template, with example rows using the organisation's own venue and real categories. */
export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const template = await orNotFound((await api()).offerImport.template({ organisationId: orgId }));
  return new Response(template.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${template.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
