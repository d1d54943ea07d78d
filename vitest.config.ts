import { defineConfig } from 'vitest/config';
import { projects } from './vitest.workspace';

export default defineConfig({
  test: {
    projects,
    // On CI, also write a JSON report and print one closing line of counts.
    reporters: process.env.CI ? ['default', './scripts/summary-reporter.ts'] : ['default'],
  },
});
