import type { Options } from 'tsup';

/**
 * The build every package shares: ESM + CJS + declarations, one file per entry
 * point, tree-shakable, for Node 20 and evergreen browsers.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    treeshake: true,
    splitting: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    ...overrides,
  };
}
