// `node main/tooling/rebuild-native.mjs node|electron`: make better-sqlite3 loadable there.
import { ensureElectronBuild, ensureNodeBuild } from './nativeModule.mjs';

const target = process.argv[2];
try {
  if (target === 'node') ensureNodeBuild();
  else if (target === 'electron') await ensureElectronBuild();
  else throw new Error('Brug: rebuild-native.mjs node|electron');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
