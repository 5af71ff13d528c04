import { auditSearchInput, CITY_TIME_ZONE } from "@free-city/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "~/components/table";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

type Search = { text?: string; action?: string; from?: string; to?: string; page?: string };

/** A date from the address, if the search accepts it (a real day); anything else is ignored, not an error. */
const isoDate = (v: string | undefined) => (v && auditSearchInput.shape.from.safeParse(v).success ? v : undefined);
const when = (d: Date) =>
  d.toLocaleString("en-GB", {
    timeZone: CITY_TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
const short = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value).slice(0, 300));

/** Every change anyone made, newest first. Read-only: nobody can edit or delete it through the app. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaff("/audit");
  const params = await searchParams;
  const page = Math.min(1000, Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1));
  const query = {
    text: params.text?.trim().slice(0, 200) || undefined,
    action: params.action?.trim().slice(0, 100) || undefined,
    from: isoDate(params.from),
    to: isoDate(params.to),
  };
  const result = await (await api()).moderation.auditLog({ ...query, page });
  const link = (p: number) =>
    `/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), page: String(p) } as Record<string, string>)}`;
  return (
    <>
      <h1>Audit log</h1>
      <p className="lead">Every change, who made it and when. Nobody can change or delete these records.</p>
      <form method="get" className="filters" aria-label="Search the audit log">
        <div className="inline-fields">
          <div className="field">
            <label className="label" htmlFor="text">
              Who or what
            </label>
            <span className="hint" id="text-hint">
              An email, an id, or a word like “venue”
            </span>
            <input
              className="input"
              id="text"
              name="text"
              defaultValue={query.text ?? ""}
              aria-describedby="text-hint"
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="action">
              Action starts with
            </label>
            <span className="hint" id="action-hint">
              For example: revision. or organisation.suspended
            </span>
            <input
              className="input input--medium"
              id="action"
              name="action"
              defaultValue={query.action ?? ""}
              aria-describedby="action-hint"
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="from">
              From
            </label>
            <input className="input input--medium" id="from" name="from" type="date" defaultValue={query.from ?? ""} />
          </div>
          <div className="field">
            <label className="label" htmlFor="to">
              To
            </label>
            <input className="input input--medium" id="to" name="to" type="date" defaultValue={query.to ?? ""} />
          </div>
        </div>
        <p className="button-group">
          <button className="button button--secondary" type="submit">
            Search
          </button>
          <Link href="/audit">Clear</Link>
        </p>
      </form>
      <Table
        caption={
          <>
            {result.total.toLocaleString("en-GB")} {result.total === 1 ? "record" : "records"}, page {result.page} of{" "}
            {result.pages}
          </>
        }
        columns={["When", "Who", "What", "Before → after"]}
        variant="table--stack audit"
      >
        {result.events.map((e) => (
          <tr key={e.id}>
            <td>{when(e.createdAt)}</td>
            <td data-label="Who">{e.actorLabel}</td>
            <td data-label="What">
              {e.action}{" "}
              <span className="muted">
                ({e.entityType} {e.entityId}
                {e.organisation ? `, ${e.organisation.name}` : ""})
              </span>
            </td>
            <td data-label="Before → after" className="audit__change">
              {short(e.before)}
              {e.before && e.after ? " → " : ""}
              {short(e.after)}
            </td>
          </tr>
        ))}
      </Table>
      <nav aria-label="Pages" className="button-group">
        {result.page > 1 ? <Link href={link(result.page - 1)}>Newer</Link> : null}
        {result.page < result.pages ? <Link href={link(result.page + 1)}>Older</Link> : null}
      </nav>
    </>
  );
}
