/**
 * CSV as spreadsheets save it (RFC 4180): fields in double quotes may hold commas, line breaks
 * and "" for a quote; lines end in LF or CRLF; a UTF-8 byte-order mark is dropped. Problems are
 * reported by line, never thrown, so one bad line doesn't hide the others.
 */
export type ParsedCsv = {
  header: string[];
  /** `row` counts as a spreadsheet does: the header is row 1, and a quoted line break stays in its row. */
  rows: { row: number; cells: string[] }[];
  problems: { row: number; message: string }[];
};

export function parseCsv(text: string): ParsedCsv {
  const source = text.replace(/^\uFEFF/, "");
  const records: { cells: string[] }[] = [];
  const problems: ParsedCsv["problems"] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ",") {
      cells.push(field);
      field = "";
      fieldStarted = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      cells.push(field);
      records.push({ cells });
      cells = [];
      field = "";
      fieldStarted = false;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted)
    problems.push({
      row: records.length + 1,
      message: 'A quoted value is never closed: check for a missing " on this row.',
    });
  if (fieldStarted || field !== "" || cells.length > 0) {
    cells.push(field);
    records.push({ cells });
  }
  const numbered = records
    .map((r, i) => ({ row: i + 1, cells: r.cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [header, ...rows] = numbered;
  return { header: (header?.cells ?? []).map((h) => h.trim().toLowerCase()), rows, problems };
}
