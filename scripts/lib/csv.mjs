// CSV reading shared by the build scripts that read the licensed data in ../shared/data (never at run time).

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text, separator = ',') {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row; rows of another width are dropped. */
export function records(rows) {
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** Rows written as RFC 4180 CSV (the inverse of parseCsv): a field holding the separator, a quote or a line break is quoted, its quotes doubled; CRLF between rows. */
export function formatCsv(rows, separator = ',') {
  const field = (value) => (value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r') ? `"${value.split('"').join('""')}"` : value);
  return `${rows.map((row) => row.map((value) => field(String(value ?? ''))).join(separator)).join('\r\n')}\r\n`;
}
