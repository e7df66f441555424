import { describe, expect, it } from 'vitest';
import { csvField, tableCsv, tableJson, type Table } from './csv';
import { csvRecords, parseCsv } from './testing/parseCsv';

const TRICKY = [
  'plain',
  'a, comma',
  'she said "hi"',
  'two\nlines',
  'carriage\r\nreturn',
  '"quoted"',
  '',
  'ünïcødé ☕',
];

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and reads back the same text', () => {
    const table: Table<'n' | 'text'> = {
      name: 't',
      columns: ['n', 'text'],
      rows: TRICKY.map((text, n) => ({ n, text })),
    };
    const csv = tableCsv(table);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { header, records } = csvRecords(csv);
    expect(header).toEqual(['n', 'text']);
    expect(records.map((r) => r.text)).toEqual(TRICKY);
    expect(records.map((r) => Number(r.n))).toEqual(TRICKY.map((_, i) => i));
    expect(csvField('a, comma')).toBe('"a, comma"');
    expect(csvField('she said "hi"')).toBe('"she said ""hi"""');
  });

  it('writes numbers and booleans bare, null as empty, lists joined', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(['a', 'b, c'])).toBe('"a; b, c"');
    expect(csvField([])).toBe('');
  });

  it('keeps spreadsheet formulas in agent text from running', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1 is a text here')).toBe("'-1 is a text here");
    expect(csvField('@me')).toBe("'@me");
  });

  it('rejects malformed CSV in the test reader (so the checks above can fail)', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/bare/);
    expect(() => parseCsv('a,b')).toThrow(/CRLF/);
  });
});

describe('JSON tables', () => {
  it('keeps column order, numbers, lists and raw text', () => {
    const table: Table<'id' | 'n' | 'tags' | 'text'> = {
      name: 't',
      columns: ['id', 'n', 'tags', 'text'],
      rows: [
        { id: 'a', n: 1.5, tags: ['x', 'y'], text: '=raw, "text"\n' },
        { id: 'b', n: Number.POSITIVE_INFINITY, tags: [], text: null },
      ],
    };
    const json = JSON.parse(tableJson(table)) as { columns: string[]; data: unknown[][] };
    expect(json.columns).toEqual(['id', 'n', 'tags', 'text']);
    expect(json.data).toEqual([
      ['a', 1.5, ['x', 'y'], '=raw, "text"\n'],
      ['b', null, [], null],
    ]);
    expect(JSON.parse(tableJson({ ...table, rows: [] }))).toEqual({
      columns: table.columns,
      data: [],
    });
  });
});
