import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,main,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The CLI and packaging tests start child processes; give a loaded 2-core machine room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
