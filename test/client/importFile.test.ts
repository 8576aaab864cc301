/**
 * Issue 18 item 5: reading an import file (pure, no server): a USCC in more than one row is refused
 * for every one of its rows before anything is sent (T-01), and an empty CSV names the header it needs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_CSV_COLUMNS, readImportFile } from '../../client/imports.js';
import { exampleFor } from '../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'leqi-import-file-'));

describe('leqi import: reading the file (issue 18 item 5)', () => {
  it('T-01: a USCC in two rows of one file makes both rows unreadable (none is sent), the other rows stay', () => {
    const a = exampleFor('import-unit', '91510100MA6CEXE05J');
    const b = exampleFor('import-unit', '91510100MA6CEXE05J');
    b.approval.opinion = 'other facts';
    const c = exampleFor('import-unit', '91510100MA6CEXD04R');
    const path = join(dir, 'dup.jsonl');
    writeFileSync(path, [a, b, c].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const rows = readImportFile(path);
    expect(rows.map((r) => [r.row, r.facts === null, r.unreadableRule ?? null])).toEqual([
      [1, true, 'T-01'],
      [2, true, 'T-01'],
      [3, false, null],
    ]);
    expect(rows[0]!.unreadable).toContain('rows 1, 2');
  });

  it('issue 18: an empty CSV is refused with the header it needs, never read as 0 rows', () => {
    const path = join(dir, 'empty.csv');
    writeFileSync(path, '\uFEFF\n');
    expect(() => readImportFile(path)).toThrow(`empty CSV: the header is required (${IMPORT_CSV_COLUMNS.join(',')})`);
  });
});
