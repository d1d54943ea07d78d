import { defineMessages } from '../errors/defineMessages';

/**
 * The error codes and sv/en messages for schema validation problems that no more
 * specific code describes.
 *
 * @example
 * ```ts
 * validationMessages['validation.required'].sv({});
 * //=> 'Uppgiften saknas.'
 * ```
 */
export const validationMessages = defineMessages({
  'validation.required': { sv: () => 'Uppgiften saknas.', en: () => 'The value is missing.' },
  'validation.invalid-type': {
    sv: ({ expected }: { expected: string }) => `Fel typ av värde: väntade ${expected}.`,
    en: ({ expected }: { expected: string }) => `Wrong type of value: expected ${expected}.`,
  },
  'validation.too-small': {
    sv: ({ minimum }: { minimum: string }) => `Värdet är för litet (minst ${minimum}).`,
    en: ({ minimum }: { minimum: string }) => `The value is too small (at least ${minimum}).`,
  },
  'validation.too-big': {
    sv: ({ maximum }: { maximum: string }) => `Värdet är för stort (högst ${maximum}).`,
    en: ({ maximum }: { maximum: string }) => `The value is too big (at most ${maximum}).`,
  },
  'validation.invalid-format': {
    sv: () => 'Värdet har fel format.',
    en: () => 'The value has the wrong format.',
  },
  'validation.invalid-value': {
    sv: () => 'Värdet är inte ett av de tillåtna.',
    en: () => 'The value is not one of those allowed.',
  },
  'validation.unknown-field': {
    sv: ({ field }: { field: string }) => `Okänt fält: ${field}.`,
    en: ({ field }: { field: string }) => `Unknown field: ${field}.`,
  },
  'validation.invalid': { sv: () => 'Värdet är ogiltigt.', en: () => 'The value is invalid.' },
});
