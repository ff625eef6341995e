import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: path.join(root, 'out', 'main'),
      rollupOptions: { input: { index: path.join(root, 'main', 'app', 'index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out', 'preload'),
      // A sandboxed preload cannot load ES modules or other files: one CommonJS bundle.
      rollupOptions: {
        input: { index: path.join(root, 'main', 'preload', 'index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
