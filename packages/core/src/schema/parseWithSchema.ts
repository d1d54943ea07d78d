import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { type $ZodIssue, type $ZodType, type output, safeParse } from 'zod/v4/core';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { MessageCatalogue } from '../errors/defineMessages';
import type { ErrorPath, NonEmptyReadonlyArray, StadigError } from '../errors/StadigError';
import { validationMessages } from './messages';

const validationError = createErrorFactory(validationMessages);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Options for {@link parseWithSchema}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { path: ['rows', 3], catalogue: dateMessages };
 * ```
 */
export interface ParseOptions {
  /** Where the value sits in a larger input; prefixed to every error's path. */
  readonly path?: ErrorPath;
  /**
   * The catalogue for codes that refinements put in `params.code` (for example
   * `date.does-not-exist`); such issues get that code and its messages.
   */
  readonly catalogue?: MessageCatalogue;
}

/**
 * Validates any input against a zod schema and returns a `Result`: the parsed value,
 * or every problem found as {@link StadigError}s with paths and sv/en messages.
 * Messages are Stadig's own; zod's (which may quote the input) are never passed on.
 * Never throws.
 *
 * @param schema - the zod schema
 * @param input - anything
 * @param options - a path prefix and a catalogue for refinement codes
 * @returns the output of the schema, or a non-empty list of errors
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * parseWithSchema(z.object({ rooms: z.int().check(z.minimum(1)) }), { rooms: 0 })._unsafeUnwrapErr()[0].code;
 * //=> 'validation.too-small'
 * ```
 */
export function parseWithSchema<S extends $ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): Result<output<S>, NonEmptyReadonlyArray<StadigError>> {
  let parsed: ReturnType<typeof safeParse<S>>;
  try {
    parsed = safeParse(schema, input, { reportInput: true });
  } catch {
    return err([validationError('validation.invalid', {}, options.path ?? [])]);
  }
  if (parsed.success) return ok(parsed.data);
  const errors = parsed.error.issues.map((issue) => toStadigError(issue, options));
  const [first, ...rest] = errors;
  return err(
    first === undefined
      ? [validationError('validation.invalid', {}, options.path ?? [])]
      : [first, ...rest],
  );
}

function toStadigError(issue: $ZodIssue, options: ParseOptions): StadigError {
  const path: ErrorPath = [
    ...(options.path ?? []),
    ...issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
  ];
  const refinementCode = issue.code === 'custom' ? issue.params?.code : undefined;
  if (typeof refinementCode === 'string' && options.catalogue?.[refinementCode] !== undefined) {
    const message = options.catalogue[refinementCode];
    return Object.freeze({
      code: refinementCode,
      path: Object.freeze(path),
      message: Object.freeze({ sv: message.sv({}), en: message.en({}) }),
      params: Object.freeze({}),
    });
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? validationError('validation.required', {}, path)
        : validationError('validation.invalid-type', { expected: String(issue.expected) }, path);
    case 'too_small':
      return validationError('validation.too-small', { minimum: String(issue.minimum) }, path);
    case 'too_big':
      return validationError('validation.too-big', { maximum: String(issue.maximum) }, path);
    case 'invalid_format':
      return validationError('validation.invalid-format', {}, path);
    case 'invalid_value':
      return validationError('validation.invalid-value', {}, path);
    case 'unrecognized_keys':
      // Field names are the schema's vocabulary, but input can put anything in a key:
      // name only keys shaped like identifiers, never arbitrary text.
      return validationError(
        'validation.unknown-field',
        { field: issue.keys.filter((key) => IDENTIFIER.test(key)).join(', ') || '…' },
        path,
      );
    default:
      return validationError('validation.invalid', {}, path);
  }
}
