export { describedJsonSchema, type JsonSchemaDescription } from './describedJsonSchema';
export { enumerableKeyCount } from './enumerableKeyCount';
export { isPlainObject } from './isPlainObject';
export { validationMessages } from './messages';
export { type ParseOptions, parseWithSchema } from './parseWithSchema';
