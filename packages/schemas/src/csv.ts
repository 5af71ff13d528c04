/**
 * Writing CSV, in one place (the coverage and district downloads, the import template): a cell
 * is quoted when it must be, and text a spreadsheet would run as a formula (starting with =, +,
 * -, @, a tab or a carriage return) gets a leading quote so it stays text.
 */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as a CSV file: CRLF line ends, a final line end. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
