import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (test/unit/, build-free, seconds: `npm run test:unit`) and `e2e` (everything else,
 * most of it against a built dist/). `npm test` builds first and runs both.
 */
export default defineConfig({
  test: {
    coverage: { provider: 'v8', include: ['src/**/*.ts'], exclude: ['src/generated/**'], reporter: ['text-summary', 'text'] },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // src/generated/ is gitignored: a fresh clone gets it from vocab/ and data/ before the first test loads.
          globalSetup: ['test/unit/setup/generate-when-missing.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
