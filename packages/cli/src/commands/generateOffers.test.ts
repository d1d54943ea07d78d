import { parseOffers } from '@stadig/matching';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../testIo';
import { generateOffersCommand } from './generateOffers';

const generate = (args: string[]) => runInMemory(generateOffersCommand, args);

describe('stadig generate offers', () => {
  it('prints N synthetic offers that parse, the same for the same seed', async () => {
    const r = await generate(['--count', '20', '--seed', '7']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const offers = JSON.parse(r.stdout) as { id: string }[];
    expect(offers.map((o) => o.id).slice(0, 2)).toEqual(['offer-0000', 'offer-0001']);
    expect(parseOffers(offers).isOk()).toBe(true);
    expect((await generate(['--count', '20', '--seed', '7'])).stdout).toBe(r.stdout);
    expect((await generate(['--count', '20', '--seed', '8'])).stdout).not.toBe(r.stdout);
  });

  it('rejects a bad count, seed or a file with exit 2', async () => {
    expect((await generate(['--count', '0', '--seed', '1'])).code).toBe(2);
    expect((await generate(['--count', '2', '--seed', 'x'])).code).toBe(2);
    expect((await generate(['--count', '2', '--seed', '1', 'f.json'])).code).toBe(2);
    expect((await generate(['--count', '2', '--seed', '1', '--as-of', '2026-13-01'])).code).toBe(2);
  });
});
