import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "~/components/form/action-form";
import { Select, TextArea, TextField } from "~/components/form/fields";
import { Table } from "~/components/table";
import { idleForm } from "~/server/form-state";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { createCategory, decideSuggestion, mergeCategory, moveCategory, renameCategory } from "./actions";

export const metadata: Metadata = { title: "Categories" };

/** The council's categories, for administrators: add, rename, move, merge; partners' suggestions. */
export default async function TaxonomyPage() {
  const me = await requireStaff("/taxonomy");
  if (me.staffRole !== "ADMIN") notFound();
  const { tree, retired, suggestions } = await (await api()).taxonomy.list();
  const topLevel = [{ value: "", label: "Top level" }, ...tree.map((c) => ({ value: c.id, label: c.name }))];
  const everything = [
    { value: "", label: "Choose a category" },
    ...tree.flatMap((c) => [
      { value: c.id, label: c.name },
      ...c.children.map((ch) => ({ value: ch.id, label: `${c.name}: ${ch.name}` })),
    ]),
  ];
  const rows = tree.flatMap((c) => [
    { ...c, parentName: null as string | null },
    ...c.children.map((ch) => ({ ...ch, children: [], parentName: c.name })),
  ]);
  return (
    <>
      <h1>Categories</h1>
      <p className="lead">
        Young people find offers by these, and partners choose from them. Keep them few and in plain words.
      </p>

      {suggestions.length > 0 ? (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">Suggested by partners ({suggestions.length})</h2>
          {suggestions.map((s) => (
            <article className="panel" key={s.id} aria-label={`Suggestion: ${s.name}`}>
              <h3>{s.name}</h3>
              <p className="muted">
                From {s.organisation.name}
                {s.note ? `: “${s.note}”` : ""}
              </p>
              <div className="decision-grid">
                <ActionForm
                  action={decideSuggestion.bind(null, s.id, "create")}
                  idPrefix={`create-${s.id}`}
                  initial={idleForm}
                  submitLabel={`Add “${s.name}” as a category`}
                >
                  <TextField name="name" label="Name" defaultValue={s.name} />
                  <Select name="parentId" label="Where" options={topLevel} />
                </ActionForm>
                <ActionForm
                  action={decideSuggestion.bind(null, s.id, "map")}
                  idPrefix={`map-${s.id}`}
                  initial={idleForm}
                  submitLabel="It belongs in this category"
                >
                  <Select name="categoryId" label="Existing category" options={everything} />
                </ActionForm>
                <ActionForm
                  action={decideSuggestion.bind(null, s.id, "decline")}
                  initial={idleForm}
                  submitLabel="Decline"
                >
                  {null}
                </ActionForm>
              </div>
            </article>
          ))}
        </section>
      ) : null}

      <h2>All categories</h2>
      <Table
        caption="Categories, with how many offers use each"
        hideCaption
        columns={["Category", "Offers", { hidden: "Change" }]}
        variant="table--stack"
      >
        {rows.map((c) => (
          <tr key={c.id}>
            <td>
              {c.parentName ? <span className="muted">{c.parentName}: </span> : null}
              <strong>{c.name}</strong> <code>{c.slug}</code>
            </td>
            <td data-label="Offers">{c.offers}</td>
            <td>
              <details className="details">
                <summary>Change {c.name}</summary>
                <ActionForm
                  action={renameCategory.bind(null, c.id)}
                  idPrefix={`rename-${c.id}`}
                  initial={idleForm}
                  submitLabel="Rename"
                >
                  <TextField name="name" label="Name" defaultValue={c.name} />
                  <TextArea name="description" label="Description" defaultValue={c.description} rows={2} />
                </ActionForm>
                <ActionForm
                  action={moveCategory.bind(null, c.id)}
                  idPrefix={`move-${c.id}`}
                  initial={idleForm}
                  submitLabel="Move"
                >
                  <Select
                    name="parentId"
                    label="Put it under"
                    defaultValue={c.parentId ?? ""}
                    options={topLevel.filter((o) => o.value !== c.id)}
                  />
                </ActionForm>
                <ActionForm
                  action={mergeCategory.bind(null, c.id)}
                  idPrefix={`merge-${c.id}`}
                  initial={idleForm}
                  submitLabel="Merge"
                >
                  <Select
                    name="intoId"
                    label={`Merge ${c.name} into`}
                    hint="Its offers move there, and it is retired."
                    options={everything.filter((o) => o.value !== c.id)}
                  />
                </ActionForm>
              </details>
            </td>
          </tr>
        ))}
      </Table>

      <h2>Add a category</h2>
      <ActionForm action={createCategory} initial={idleForm} submitLabel="Add category" savedMessage="Added.">
        <TextField name="name" label="Name" />
        <TextArea name="description" label="Description (optional)" rows={2} />
        <Select name="parentId" label="Where" options={topLevel} />
      </ActionForm>

      {retired.length > 0 ? (
        <>
          <h2>Retired</h2>
          <ul className="link-list">
            {retired.map((r) => (
              <li key={r.id}>
                {r.name}
                {r.mergedInto ? ` (merged into ${r.mergedInto})` : " (archived)"}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
