import type { Lang } from '../i18n/Lang';
import type { StadigError } from './StadigError';

/**
 * Renders an error as one line a person can read: the path (when there is one),
 * the message in the chosen language, and the code.
 *
 * @param error - the error to render
 * @param lang - the language of the message
 * @returns a line such as `startDate: The date does not exist. [date.invalid]`
 *
 * @example
 * ```ts
 * formatError(
 *   { code: 'date.invalid', path: ['startDate'], message: { sv: 'Datumet finns inte.', en: 'The date does not exist.' }, params: {} },
 *   'en',
 * );
 * //=> 'startDate: The date does not exist. [date.invalid]'
 * ```
 */
export function formatError(error: StadigError, lang: Lang): string {
  const where = error.path.length > 0 ? `${formatPath(error.path)}: ` : '';
  return `${where}${error.message[lang]} [${error.code}]`;
}

function formatPath(path: StadigError['path']): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
