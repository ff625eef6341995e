import fs from 'node:fs';
import path from 'node:path';

const SOURCE_FOLDERS = ['renderer', 'shared'];

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when there is no built renderer, or a source file is newer than the build. */
export function rendererIsStale(root: string, rendererDir: string): boolean {
  const index = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const builtAt = fs.statSync(index).mtimeMs;
  return SOURCE_FOLDERS.some((folder) => newestMtime(path.join(root, folder)) > builtAt);
}
