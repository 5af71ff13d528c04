import type { Metadata } from "next";
import { ActionForm } from "~/components/form/action-form";
import { TextArea, TextField } from "~/components/form/fields";
import { formatDate } from "~/lib/labels";
import { idleForm } from "~/server/form-state";
import { orgPath, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";
import { suggestCategory } from "./actions";

export const metadata: Metadata = { title: "Suggest a category" };

const STATUS = { PENDING: "Waiting for the council", ACCEPTED: "Accepted", DECLINED: "Not added" } as const;

export default async function SuggestCategoryPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { canEdit } = await requireMembership(orgId, orgPath(orgId, "/categories"));
  const trpc = await api();
  const [categories, suggestions] = await Promise.all([
    trpc.catalogue.categories(),
    trpc.catalogue.mySuggestions({ organisationId: orgId }),
  ]);
  return (
    <>
      <h1>Suggest a category</h1>
      <p className="lead">
        The council keeps the list of categories young people search by. If none fits your offer, suggest one and they
        will consider it.
      </p>
      <details className="details">
        <summary>See the categories there are now, with their codes for spreadsheets</summary>
        <ul>
          {categories.map((c) => (
            <li key={c.id}>
              {c.name} <code>{c.slug}</code>
              {c.children.length > 0 ? (
                <ul>
                  {c.children.map((ch) => (
                    <li key={ch.id}>
                      {ch.name} <code>{ch.slug}</code>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
      {canEdit ? (
        <ActionForm
          action={suggestCategory.bind(null, orgId)}
          initial={idleForm}
          submitLabel="Send suggestion"
          savedMessage="Thanks. The council will look at your suggestion. Meanwhile, choose the closest category for your offer."
        >
          <TextField name="name" label="Category name" hint="For example: Climbing, or Chess." />
          <TextArea name="note" label="Why is it needed? (optional)" rows={3} />
        </ActionForm>
      ) : null}
      {suggestions.length > 0 ? (
        <>
          <h2>Your suggestions</h2>
          <ul className="link-list">
            {suggestions.map((s) => (
              <li key={s.id}>
                {s.name}: {STATUS[s.status]} <span className="muted">(sent {formatDate(s.createdAt)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
