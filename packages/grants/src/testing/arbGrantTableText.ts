import { municipalities } from '@stadig/core';
import fc from 'fast-check';

/**
 * A generated grant table as text, with the sums it must give.
 *
 * @example
 * ```ts
 * const sample: GrantTableText = { text: 'mottagare;…', separator: ';', rows: 1, granted: 100, unused: 0 };
 * ```
 */
export interface GrantTableText {
  readonly text: string;
  readonly separator: ';' | ',';
  /** Recipient rows. */
  readonly rows: number;
  /** The sums of the rows, in whole kronor. */
  readonly granted: number;
  readonly unused: number;
}

/**
 * Generates valid grant tables as text, shaped like Bilaga 1 of seed 004: the
 * published header, `;` or `,` separated, LF or CRLF line ends, recipients written
 * as "<name> kommun", amounts in whole kronor (sometimes grouped with spaces and
 * quoted), the published share computed as `parseGrantTable` expects.
 *
 * @returns an arbitrary of tables with their expected sums
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbGrantTableText(), (t) => parseGrantTable(t.text)._unsafeUnwrap().rows.length === t.rows));
 * ```
 */
export function arbGrantTableText(): fc.Arbitrary<GrantTableText> {
  const row = fc
    .record({
      name: fc.constantFrom(...municipalities.map((m) => m.name)),
      granted: fc.integer({ min: 1, max: 5_000_000 }),
      share: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
      grouped: fc.boolean(),
    })
    .map((r) => ({ ...r, unused: Math.floor(r.granted * r.share) }));
  return fc
    .record({
      rows: fc.array(row, { maxLength: 30 }),
      separator: fc.constantFrom(';', ','),
      eol: fc.constantFrom('\n', '\r\n'),
    })
    .map(({ rows, separator, eol }) => {
      const amount = (kr: number, grouped: boolean) =>
        grouped ? `"${String(kr).replace(/\B(?=(\d{3})+$)/g, ' ')}"` : String(kr);
      const header = [
        'mottagare',
        'beviljade_medel_kr',
        'oanvanda_medel_kr',
        'andel_oforbrukade_procent',
      ].join(separator);
      const lines = rows.map((r) =>
        [
          `${r.name} kommun`,
          amount(r.granted, r.grouped),
          amount(r.unused, r.grouped),
          Math.floor((200 * r.unused + r.granted) / (2 * r.granted)),
        ].join(separator),
      );
      return {
        text: [header, ...lines].join(eol) + eol,
        separator,
        rows: rows.length,
        granted: rows.reduce((s, r) => s + r.granted, 0),
        unused: rows.reduce((s, r) => s + r.unused, 0),
      };
    });
}
