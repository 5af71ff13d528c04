import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "~/components/form/filter-select";
import { Table } from "~/components/table";
import { formatDate } from "~/lib/labels";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { approveSelected } from "./actions";

export const metadata: Metadata = { title: "Review queue" };

const KIND = {
  "new-offer": "New offer",
  edit: "Edit to a live offer",
  venue: "New venue",
  organisation: "Organisation to verify",
} as const;
const DONE: Record<string, string> = {
  approved: "Approved. It is live on the portal, and the partner has been emailed.",
  changes_requested: "Sent back with your reason. The partner has been emailed and sees it where they edit.",
  rejected: "Rejected with your reason. The partner has been emailed.",
  "venue-approved": "Venue approved.",
  "venue-rejected": "Venue rejected.",
};
const linkFor = (kind: keyof typeof KIND, id: string) =>
  kind === "venue"
    ? `/review/venues/${id}`
    : kind === "organisation"
      ? `/review/organisations/${id}`
      : `/review/offers/${id}`;

type Search = {
  kind?: string;
  district?: string;
  category?: string;
  organisation?: string;
  done?: string;
  approved?: string;
  failed?: string;
};

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaff("/review");
  const params = await searchParams;
  const trpc = await api();
  const kind = params.kind && params.kind in KIND ? (params.kind as keyof typeof KIND) : undefined;
  const [districts, categories, everything] = await Promise.all([
    trpc.catalogue.districts(),
    trpc.catalogue.categories(),
    trpc.review.queue({}),
  ]);
  // The organisations with something waiting: the only ones worth filtering by.
  const organisations = [...new Map(everything.map((i) => [i.organisationId, i.organisationName])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1]),
  );
  const organisationId = organisations.some(([id]) => id === params.organisation) ? params.organisation : undefined;
  const districtId = districts.some((d) => d.id === params.district) ? params.district : undefined;
  const categoryId = categories.some(
    (c) => c.id === params.category || c.children.some((ch) => ch.id === params.category),
  )
    ? params.category
    : undefined;
  const filtered = kind || districtId || categoryId || organisationId;
  const items = filtered ? await trpc.review.queue({ kind, districtId, categoryId, organisationId }) : everything;
  return (
    <>
      {params.done === "bulk" ? (
        <div className="banner banner--success" role="status">
          <p>
            Approved {Number(params.approved) || 0}.{" "}
            {Number(params.failed) > 0
              ? `${Number(params.failed)} had already been decided by someone else, or couldn't be approved; open them to see why.`
              : ""}
          </p>
        </div>
      ) : null}
      {params.done === "none-selected" ? (
        <div className="error-summary" role="alert">
          <p>Tick the offers to approve first.</p>
        </div>
      ) : null}
      {params.done && DONE[params.done] ? (
        <div className="banner banner--success" role="status">
          <p>{DONE[params.done]}</p>
        </div>
      ) : null}
      <h1>Review queue</h1>
      <p className="lead">Oldest first. Nothing here is on the portal until you approve it.</p>
      <form method="get" className="filters" aria-label="Filter the queue">
        <div className="inline-fields">
          <FilterSelect
            name="kind"
            label="Kind"
            value={kind ?? ""}
            options={[
              { value: "", label: "Everything" },
              ...Object.entries(KIND).map(([value, label]) => ({ value, label })),
            ]}
          />
          <FilterSelect
            name="district"
            label="District"
            value={districtId ?? ""}
            options={[{ value: "", label: "All districts" }, ...districts.map((d) => ({ value: d.id, label: d.name }))]}
          />
          <FilterSelect
            name="category"
            label="Category"
            value={categoryId ?? ""}
            options={[
              { value: "", label: "All categories" },
              ...categories.flatMap((c) => [
                { value: c.id, label: c.name },
                ...c.children.map((ch) => ({ value: ch.id, label: `${c.name}: ${ch.name}` })),
              ]),
            ]}
          />
          <FilterSelect
            name="organisation"
            label="Organisation"
            value={organisationId ?? ""}
            options={[
              { value: "", label: "All organisations" },
              ...organisations.map(([value, label]) => ({ value, label })),
            ]}
          />
        </div>
        <p className="button-group">
          <button className="button button--secondary" type="submit">
            Show
          </button>
          <Link href="/review">Clear</Link>
        </p>
      </form>
      {items.length === 0 ? (
        <p>Nothing is waiting. Good work.</p>
      ) : (
        <form action={approveSelected}>
          <Table
            caption={<>{items.length} waiting for a decision</>}
            columns={[{ hidden: "Select" }, "Item", "Kind", "Organisation", "Waiting since"]}
            variant="table--stack"
          >
            {items.map((item) => (
              <tr key={`${item.kind}-${item.id}`}>
                <td className="table__select">
                  {item.kind === "new-offer" || item.kind === "edit" ? (
                    <input
                      className="choice__input"
                      type="checkbox"
                      name="revisionIds"
                      value={item.id}
                      aria-label={`Select ${item.title}`}
                    />
                  ) : null}
                </td>
                <td>
                  <Link href={linkFor(item.kind, item.id)}>{item.title}</Link>
                  {item.claimedBy ? <span className="muted"> (being reviewed by {item.claimedBy})</span> : null}
                </td>
                <td data-label="Kind">{KIND[item.kind]}</td>
                <td data-label="Organisation">{item.organisationName}</td>
                <td data-label="Waiting since">{formatDate(item.waitingSince)}</td>
              </tr>
            ))}
          </Table>
          <p className="button-group">
            <button className="button" type="submit">
              Approve selected offers
            </button>
            <span className="hint">
              Only for offers you have read. Each is approved on its own and its owners are emailed.
            </span>
          </p>
        </form>
      )}
    </>
  );
}
