import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('the README tour (examples/tour.ts)', () => {
  it('prints what the README says it does', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--conditions=@stadig/source',
      '--import',
      'tsx',
      join(here, 'tour.ts'),
    ]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      'Falu kommun* → ["exact","2080","Falun"]',
      expect.stringMatching(/^Norrälje kommun → \["probable","0188",".*Norrtälje.*"\]$/),
      'parseMoney("1 234,50 kr") → 123450',
      'formatMoney → "1\u00a0234,50\u00a0kr"',
      '100 kr split three ways (öre) → [3334,3333,3333]',
      'JSON.stringify({ name }) → "{\\"name\\":\\"[protected:name]\\"}"',
      'reveal(name) → "Alva Exempel"',
      'parseDateOnly("2023-02-29") → "The date does not exist in the calendar. [date.does-not-exist]"',
      expect.stringMatching(
        /^an 11-month sublease → \["not-permanent",\[.*"national\.one-year-term".*\]\]$/,
      ),
    ]);
  }, 30_000);
});
