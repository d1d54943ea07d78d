/**
 * The list of vitest projects: one per package, plus the examples.
 *
 * Vitest 4 no longer reads this file by itself; `vitest.config.ts` imports
 * {@link projects} into `test.projects`, so this list is the single place a
 * project is added.
 */
import { defaultServerConditions } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** Resolve `@stadig/*` imports to their TypeScript source, so tests need no build. */
const sourceConditions = ['@stadig/source', ...defaultServerConditions];

function project(name: string, root: string): TestProjectInlineConfiguration {
  return {
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions } },
    test: {
      name,
      root,
      include: ['**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**'],
      typecheck: {
        enabled: true,
        include: ['**/*.test-d.ts'],
        tsconfig: './tsconfig.test.json',
      },
    },
  };
}

/** Every vitest project of the repository. */
export const projects: TestProjectInlineConfiguration[] = [
  project('core', 'packages/core'),
  project('housing', 'packages/housing'),
  project('case', 'packages/case'),
  project('grants', 'packages/grants'),
  project('matching', 'packages/matching'),
  project('adapter-testkit', 'packages/adapter-testkit'),
  project('adapter-postgres', 'packages/adapter-postgres'),
  project('adapter-csv', 'packages/adapter-csv'),
  project('cli', 'packages/cli'),
  project('examples', 'examples'),
  project('bench', 'bench'),
  project('repo', 'scripts'),
];
