import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Paths tsconfig.json names (pdfkit's browser build) resolve here as they do for tsc, tsx and esbuild.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Reads only the browsers a test file launched: nothing for the others.
    setupFiles: ['test/support/browser-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
