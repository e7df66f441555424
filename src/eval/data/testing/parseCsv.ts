/**
 * A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes. Throws on
 * anything else, so a test that reads an export back also checks it is well formed.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] !== '"') {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\r') {
        if (text[j] === '"' || text[j] === '\n')
          throw new Error(`bare ${JSON.stringify(text[j])} at ${j}`);
        j++;
      }
      const out = text.slice(i, j);
      i = j;
      return out;
    }
    let out = '';
    i++;
    for (;;) {
      if (i >= text.length) throw new Error('unterminated quoted field');
      if (text[i] === '"') {
        if (text[i + 1] === '"') {
          out += '"';
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += text[i++];
    }
  };
  while (i < text.length) {
    row.push(field());
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length) throw new Error('last record does not end in CRLF');
  return rows;
}

/** CSV text as objects keyed by the header row (every row must have the header's width). */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header row');
  return {
    header,
    records: rows.map((r, n) => {
      if (r.length !== header.length)
        throw new Error(`row ${n + 1} has ${r.length} fields, the header ${header.length}`);
      return Object.fromEntries(header.map((h, k) => [h, r[k]]));
    }),
  };
}
