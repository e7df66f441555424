import { describe, expect, it } from 'vitest';
import { answersCsv } from './answersCsv';
import { reportFixture, TRICKY_ANSWER } from './testing/reportFixture';

/** A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\r' || ch === '\n' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last record lacks CRLF');
  return rows;
}

const HEADER =
  'seed,condition,agentId,agentName,day,clock,category,template,question,answer,retestAnswer,' +
  'passed,failed,failedChecks,judgeScore';

describe('answersCsv', () => {
  const interviews = reportFixture().interviews;
  const csv = answersCsv(interviews);
  const rows = parseCsv(csv);
  const col = (name: string) => HEADER.split(',').indexOf(name);

  it('starts with the header and has one row per answer, CRLF-terminated', () => {
    expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(rows).toHaveLength(interviews.length + 1);
    expect(rows.every((r) => r.length === 15)).toBe(true);
  });

  it('round-trips an answer with a comma, a quote and a newline', () => {
    const maria = rows.find((r) => r[col('agentId')] === 'maria');
    expect(maria?.[col('answer')]).toBe(TRICKY_ANSWER);
    expect(csv).toContain('"Well, she said ""maybe""\nand left."');
  });

  it('counts checks and names the failed ones', () => {
    const bob = rows.find((r) => r[col('agentId')] === 'bob');
    expect(bob?.[col('passed')]).toBe('0');
    expect(bob?.[col('failed')]).toBe('3');
    expect(bob?.[col('failedChecks')]).toBe('grounded; namesKnownPerson; noNonAnswer');
    expect(bob?.[col('judgeScore')]).toBe('2');
    const klaus = rows.find((r) => r[col('agentId')] === 'klaus');
    expect(klaus?.[col('judgeScore')]).toBe('');
  });

  it('defuses fields that a spreadsheet would run as formulas', () => {
    const maria = rows.find((r) => r[col('agentId')] === 'maria');
    expect(maria?.[col('retestAnswer')]).toBe("'=SUM(A1:A9) at the library");
    const klaus = rows.find((r) => r[col('agentId')] === 'klaus');
    expect(klaus?.[col('answer')]).toBe("'-My research, & my friends.");
    const odd = answersCsv([{ ...interviews[0], seed: -3, agentName: '@bob', answer: '+1' }]);
    const [, row] = parseCsv(odd);
    expect(row[col('seed')]).toBe('-3');
    expect(row[col('agentName')]).toBe("'@bob");
    expect(row[col('answer')]).toBe("'+1");
  });

  it('gives just the header for no answers', () => {
    expect(answersCsv([])).toBe(`${HEADER}\r\n`);
  });
});
