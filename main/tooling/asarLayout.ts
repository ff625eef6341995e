// What app.asar must and must not contain: checked by the packaging smoke test
// (packaging-smoke.mjs) on a real electron-builder output.

/** Files the app cannot start without. */
export const REQUIRED_FILES = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/resources/logo.png',
  '/node_modules/better-sqlite3/lib/index.js',
  '/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
];

/** The addon Electron must load from app.asar.unpacked (a .node file cannot load from inside an archive). */
export const UNPACKED_ADDON = '/node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** Things that must never ship, with why. */
const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'en testfil'],
  [/^\/(e2e|bench|main|renderer|shared|node_modules\/\.cache)\//, 'kildekode eller testmateriale'],
  [/^\/[^/]+\.config\.[cm]?[jt]s$/, 'byggekonfiguration'],
  [/\.(c|cc|cpp|cxx|h|hpp|gyp|gypi|mk|o|a)$/, 'kildekode eller byggerester fra et native modul'],
  [/\.map$/, 'et source map'],
  [
    /^\/node_modules\/(electron|vitest|react|react-dom|@playwright|playwright|typescript|vite|electron-builder)\//,
    'en udviklingsafhængighed',
  ],
];

/**
 * Problems with an app.asar listing (paths as @electron/asar lists them, starting with "/"),
 * given which paths are marked unpacked. Empty when the layout is right.
 */
export function asarLayoutProblems(
  paths: readonly string[],
  isUnpacked: (file: string) => boolean,
): string[] {
  const present = new Set(paths);
  const problems = REQUIRED_FILES.filter((file) => !present.has(file)).map((file) => `mangler: ${file}`);
  for (const file of paths) {
    const rule = FORBIDDEN.find(([pattern]) => pattern.test(file));
    if (rule) problems.push(`${rule[1]} er pakket med: ${file}`);
  }
  if (present.has(UNPACKED_ADDON) && !isUnpacked(UNPACKED_ADDON))
    problems.push(`${UNPACKED_ADDON} ligger inde i arkivet, hvor Electron ikke kan indlæse den`);
  return problems;
}
