import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GRANTS_CSV,
  outputs,
  parseSharedData,
  renderFromDir,
  sharedDataDir,
} from '../../../../scripts/generate-data';

const dir = sharedDataDir();
const present = existsSync(join(dir, 'kommuner.csv')) && existsSync(join(dir, 'lan.csv'));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('the generated data (scripts/generate-data.ts)', () => {
  it.skipIf(!present)(
    `data.generated.ts is what \`pnpm generate\` makes of ${dir} (skipped when that folder is absent)`,
    () => {
      expect(readFileSync(outputs.tables, 'utf8')).toBe(renderFromDir(dir));
      expect(readFileSync(outputs.grants)).toEqual(readFileSync(join(dir, GRANTS_CSV)));
    },
  );

  const lan = 'lanskod,lan\n01,Stockholms län\n03,Uppsala län\n';
  const kommuner = 'kommunkod,kommun,lanskod\n0114,Upplands Väsby,01\n0380,Uppsala,03\n';
  const problems = (k: string, l: string) => {
    try {
      parseSharedData(k, l);
      return '';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  it('refuses data that is not 290 municipalities in 21 counties', () => {
    expect(problems(kommuner, lan)).toContain('expected 290 municipalities, found 2');
    expect(problems(kommuner, lan)).toContain('expected 21 counties, found 2');
  });

  it('refuses bad codes, duplicates, unknown counties and shared name forms', () => {
    const bad = `${kommuner}0115,Uppsala,01\n014,Kort,01\n0301,Bortom,09\n0116,Lekeberg,01\n0117,Lekebergs,01\n`;
    const message = problems(bad, `${lan}03,Dubbel län\n`);
    expect(message).toContain('municipality code "014"');
    expect(message).toContain('0301: unknown county 09');
    expect(message).toContain('0301 is not in county 09');
    expect(message).toContain('duplicate municipality name "Uppsala"');
    expect(message).toContain('duplicate county code "03"');
    expect(message).toContain(`"lekebergs" is a form of both 0116 and 0117`);
  });

  it.skipIf(!present)('accepts the shared data as it is', () => {
    const data = parseSharedData(read('kommuner.csv'), read('lan.csv'));
    expect([data.municipalities.length, data.counties.length]).toEqual([290, 21]);
  });
});
