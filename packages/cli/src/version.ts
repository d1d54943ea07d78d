import manifest from '../package.json' with { type: 'json' };

/**
 * The version of `@stadig/cli`, from its package.json.
 *
 * @example
 * ```ts
 * typeof version;
 * //=> 'string'
 * ```
 */
export const version: string = manifest.version;
