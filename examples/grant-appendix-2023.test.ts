import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderAppendix, reproduceAppendix } from './grant-appendix-2023';

const here = dirname(fileURLToPath(import.meta.url));
const csv = readFileSync(join(here, '..', 'data', 'statsbidrag-2023-bilaga1.csv'), 'utf8');

describe('example: the 2023 grant appendix reproduced from the shared CSV', () => {
  it('computes all 54 published percentages from the amounts', () => {
    const report = reproduceAppendix(csv)._unsafeUnwrap();
    expect(report.recipients).toBe(54);
    expect(report.mismatches).toBe(0);
    expect(report.rows.every((r) => r.matchesPublished === true)).toBe(true);
    expect(report.granted).toBe(21_117_795_00);
  });

  it('prints one line per recipient and the totals', () => {
    const text = renderAppendix(reproduceAppendix(csv)._unsafeUnwrap());
    expect(text.trimEnd().split('\n')).toHaveLength(54 + 3);
    expect(text).toContain('Computed percentages equal to the published ones: 54 of 54.');
    expect(text).toMatch(/Norrälje kommun\s+0188/);
  });

  it('reports a damaged file instead of guessing', () => {
    expect(reproduceAppendix('mottagare;belopp\nX;1').isErr()).toBe(true);
  });
});
