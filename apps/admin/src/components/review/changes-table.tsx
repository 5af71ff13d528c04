import { Table } from "~/components/table";

/** One changed field waiting for review: its value now and the one proposed. */
export type FieldChange = { field: string; before: unknown; after: unknown };

/** A value as a reviewer reads it: "–" for nothing, text as it is, anything else as JSON. */
export function changeValueWords(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The changed fields of a venue or an organisation, now beside proposed. `label` names a field for
 * people; `words` says a value (a list of access features, say) in words.
 */
export function ChangesTable({
  changes,
  label,
  words = (_field, value) => changeValueWords(value),
}: {
  changes: FieldChange[];
  label: Record<string, string>;
  words?: (field: string, value: unknown) => string;
}) {
  return (
    <Table caption="Changed fields" hideCaption columns={["Field", "Now", "Proposed"]}>
      {changes.map((c) => (
        <tr key={c.field}>
          <th scope="row">{label[c.field] ?? c.field}</th>
          <td>{words(c.field, c.before)}</td>
          <td>{words(c.field, c.after)}</td>
        </tr>
      ))}
    </Table>
  );
}
