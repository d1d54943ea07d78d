/**
 * What the name-resolution benchmarks share: the naive baseline (the edit distance of
 * the input to every municipality name, nearest wins) and the input sets.
 */
import { readFileSync } from 'node:fs';
import { municipalities, resolveMunicipality } from '@stadig/core';

/** The simple normalisation both sides start from. */
const simple = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0-]+/g, ' ')
    .replace(/[*\s]+$/, '')
    .trim()
    .replace(/ (kommun|stad)$/, '');

/** Optimal-string-alignment distance, the usual three-row version. */
function distance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (before[j - 2] ?? 0) + 1);
      }
      current[j] = v;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

const names = municipalities.map((m) => ({ code: m.code, key: simple(m.name) }));

/** The baseline: the nearest name by edit distance, within 2 letters (1 for short inputs). */
export function naiveResolve(text: string): string | null {
  const key = simple(text);
  let best: { code: string; d: number } | null = null;
  for (const name of names) {
    const d = distance(key, name.key);
    if (best === null || d < best.d) best = { code: name.code, d };
  }
  return best !== null && best.d <= (key.length <= 5 ? 1 : 2) ? best.code : null;
}

const genitive = (name: string) => (/[sxzaeiouyåäö]$/i.test(name) ? name : `${name}s`);
const misspell = (name: string, i: number): string => {
  const at = name.length >> 1;
  const dropped = `${name.slice(0, at)}${name.slice(at + 1)}`;
  const swapped = `${name.slice(0, at - 1)}${name[at] ?? ''}${name[at - 1] ?? ''}${name.slice(at + 1)}`;
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '');
  const tries = i % 3 === 0 ? [dropped] : i % 3 === 1 ? [swapped, dropped] : [folded, dropped];
  return tries.find((variant) => variant !== name) ?? dropped;
};
const recipients = readFileSync(
  new URL('../data/statsbidrag-2023-bilaga1.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(';')[0] ?? '');
const unknowns = [
  'Atlantis',
  'Storstad',
  'Okänd kommun',
  'N/A',
  'Region Skåne',
  'Stockholms län',
  'Köpenhamn',
];

/** The municipalities misspelt below: every third with a name of at least 5 letters. */
export const misspeltCodes: readonly string[] = municipalities
  .filter((m, i) => i % 3 === 0 && m.name.length >= 5)
  .map((m) => m.code);

/** Their names misspelt: a letter dropped, two neighbours swapped, or å/ä/ö written a/o. */
export const misspelt: readonly string[] = municipalities
  .filter((m) => misspeltCodes.includes(m.code))
  .map((m, i) => misspell(m.name, i));

/** 290 short names, 290 official genitive forms, 54 grant recipients, the misspellings, unknowns. */
export const mixedInputs: readonly string[] = [
  ...municipalities.map((m) => m.name),
  ...municipalities.map((m) => (m.code === '2080' ? 'Falu kommun' : `${genitive(m.name)} kommun`)),
  ...recipients,
  ...misspelt,
  ...unknowns,
];

/** Problems if the baseline and `resolveMunicipality` disagree on an exact match. */
export function disagreements(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    const resolved = resolveMunicipality(input);
    if (resolved.status !== 'exact') return [];
    const naive = naiveResolve(input);
    return naive === resolved.municipality.code
      ? []
      : [
          `${JSON.stringify(input)}: resolveMunicipality ${resolved.municipality.code}, naive ${naive}`,
        ];
  });
}
