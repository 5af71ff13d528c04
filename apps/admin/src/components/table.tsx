import type { ReactNode } from "react";

/** A column heading; `{ hidden }` is read by screen readers only (e.g. over a column of buttons). */
export type Column = string | { hidden: string };

/**
 * A table with its caption and one row of column headings; the children are the body's rows.
 * `variant` adds the table's modifier classes (e.g. "table--stack"); `hideCaption` leaves the
 * caption to screen readers when the heading above already says it; `footer` holds the rows of
 * totals, if any.
 */
export function Table({
  caption,
  hideCaption = false,
  columns,
  variant,
  footer,
  children,
}: {
  caption?: ReactNode;
  hideCaption?: boolean;
  columns: Column[];
  variant?: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <table className={variant ? `table ${variant}` : "table"}>
      {caption === undefined ? null : (
        <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((column) =>
            typeof column === "string" ? (
              <th scope="col" key={column}>
                {column}
              </th>
            ) : (
              <th scope="col" key={column.hidden}>
                <span className="visually-hidden">{column.hidden}</span>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
}
