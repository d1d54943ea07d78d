import type { SourceCitation } from '../rules/Rule';

const seedFiles = {
  '000': '000_f10c8894b26b196e.txt',
  '001': '001_018f4b69d41fbe2c.txt',
  '002': '002_f49d938493c5c42a.txt',
  '003': '003_f051dfcfe2d478be.txt',
  '004': '004_aafd853ee8ffcb48.txt',
} as const;

/**
 * A citation of a seed document (`shared/seeds/`) by its number and the place of the
 * passage: the line and a few words to find it by.
 *
 * @internal
 * @example
 * ```ts
 * cite('003', 12, 'långsiktig lösning');
 * //=> { seed: '003_f051dfcfe2d478be.txt', place: "line 12 ('… långsiktig lösning …')" }
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function cite(
  seed: keyof typeof seedFiles,
  line: number | string,
  words: string,
): SourceCitation {
  return { seed: seedFiles[seed], place: `line ${line} ('… ${words} …')` };
}
