import type { OfferContent } from "@free-city/schemas";
import Link from "next/link";
import { Choices, TextArea, TextField } from "~/components/form/fields";
import { api } from "~/trpc/server";

/** The basics: name, summary, description and categories (from the taxonomy). */
export async function BasicsFields({
  content,
  organisationId,
}: {
  content: Partial<OfferContent>;
  organisationId: string;
}) {
  const trpc = await api();
  const categories = await trpc.catalogue.categories();
  return (
    <>
      <TextField
        name="title"
        label="Name"
        hint="Up to 120 characters. Say what it is: Saturday football skills."
        defaultValue={content.title}
      />
      <TextArea
        name="summary"
        label="Summary"
        hint="One or two sentences (up to 280 characters) shown in search results. Write for a 10-year-old."
        defaultValue={content.summary}
        rows={3}
      />
      <TextArea
        name="description"
        label="Description (optional)"
        hint="What happens, what to bring, what to wear. Leave a blank line between paragraphs. Up to 5000 characters; no links or HTML."
        defaultValue={content.description}
        rows={8}
      />
      <Choices
        name="categoryIds"
        type="checkbox"
        legend="Categories"
        hint="Choose up to 5. Young people find offers by these."
        defaultValue={content.categoryIds ?? []}
        options={categories.flatMap((parent) => [
          { value: parent.id, label: parent.name },
          ...parent.children.map((child) => ({ value: child.id, label: `${parent.name}: ${child.name}` })),
        ])}
      />
      <p>
        Can't find the right category?{" "}
        <Link href={`/organisations/${organisationId}/categories`}>Suggest a new one</Link> (this page is saved first
        only if you press Save).
      </p>
    </>
  );
}
