import type { CliIo } from './CliIo';

const codes = { green: 32, yellow: 33, red: 31, bold: 1, dim: 2 } as const;

/**
 * Colours text for a terminal, and only for a terminal: plain when output is piped
 * or `NO_COLOR` is set.
 *
 * @param io - where the text goes
 * @param colour - the colour
 * @param text - the text
 * @returns the text, with ANSI colour codes when `io` is a terminal
 *
 * @example
 * ```ts
 * paint({ stdout() {}, stderr() {}, env: {}, isTerminal: false }, 'green', 'ok');
 * //=> 'ok'
 * ```
 */
export function paint(io: CliIo, colour: keyof typeof codes, text: string): string {
  if (!io.isTerminal || io.env.NO_COLOR !== undefined) return text;
  return `\u001b[${codes[colour]}m${text}\u001b[0m`;
}
