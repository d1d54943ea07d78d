import type { Separator } from './Dialect';

const CANDIDATES: readonly Separator[] = [';', ',', '\t'];

/**
 * Detects the field separator from the first lines of a file: the candidate (semicolon,
 * comma, tab) found outside quotes on the header line whose count is the same on the
 * most lines; ties go to the larger count, then to the order semicolon, comma, tab.
 * A file without any of them is read with a comma (one column).
 *
 * @param text - the start of the file, decoded
 * @returns the separator
 *
 * @example
 * ```ts
 * detectSeparator('id;kommun\n"a;b";2080\n');
 * //=> ';'
 * ```
 */
export function detectSeparator(text: string): Separator {
  const lines = logicalLines(text, 50);
  const header = lines[0];
  if (header === undefined) return ',';
  let best: Separator = ',';
  let bestAgreeing = -1;
  let bestCount = -1;
  for (const candidate of CANDIDATES) {
    const expected = count(header, candidate);
    if (expected === 0) continue;
    const agreeing = lines.filter((line) => count(line, candidate) === expected).length;
    if (agreeing > bestAgreeing || (agreeing === bestAgreeing && expected > bestCount)) {
      best = candidate;
      bestAgreeing = agreeing;
      bestCount = expected;
    }
  }
  return best;
}

/** Splits into lines, keeping newlines inside quotes in their line; at most `max`. */
function logicalLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < max && start < text.length && !quoted) lines.push(text.slice(start));
  return lines.filter((l) => l.trim() !== '');
}

function count(line: string, separator: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === separator) n++;
  }
  return n;
}
