import { describe, expect, it } from 'vitest';
import { REQUIRED_FILES, UNPACKED_ADDON, asarLayoutProblems } from './asarLayout';

const unpackedAddon = (file: string) => file === UNPACKED_ADDON;

describe('the app.asar layout rule', () => {
  it('accepts the built app with its runtime dependencies and the addon unpacked', () => {
    const listing = [...REQUIRED_FILES, '/node_modules/zod/index.js', '/out/renderer/assets/index-abc.js'];
    expect(asarLayoutProblems(listing, unpackedAddon)).toEqual([]);
  });

  it('names what is missing', () => {
    const listing = REQUIRED_FILES.filter((f) => f !== '/out/preload/index.cjs');
    expect(asarLayoutProblems(listing, unpackedAddon)).toEqual(['mangler: /out/preload/index.cjs']);
  });

  it.each([
    '/main/app/index.ts',
    '/main/cli/cli.test.ts',
    '/e2e/security.spec.ts',
    '/renderer/src/main.tsx',
    '/vitest.config.ts',
    '/node_modules/better-sqlite3/src/addon.cpp',
    '/node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
    '/node_modules/better-sqlite3/binding.gyp',
    '/node_modules/better-sqlite3/build/Release/sqlite3.a',
    '/node_modules/better-sqlite3/build/Release/obj/gen/sqlite3/sqlite3.h',
    '/out/main/index.js.map',
    '/node_modules/react/index.js',
    '/node_modules/electron/index.js',
  ])('refuses %s', (file) => {
    expect(asarLayoutProblems([...REQUIRED_FILES, file], unpackedAddon)).toHaveLength(1);
  });

  it('refuses the addon packed inside the archive', () => {
    expect(asarLayoutProblems(REQUIRED_FILES, () => false)).toEqual([
      `${UNPACKED_ADDON} ligger inde i arkivet, hvor Electron ikke kan indlæse den`,
    ]);
  });
});
