import { fileURLToPath } from 'node:url';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

// import.meta.url, not import.meta.dirname: config bundlers rewrite only the former to the source file.
const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

/** The renderer build, shared by browser mode (`vite build`) and electron-vite. */
export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  publicDir: path.join(rendererRoot, 'public'),
  plugins: [react()],
  build: {
    outDir: path.join(rendererRoot, '..', 'out', 'renderer'),
    emptyOutDir: true,
    rollupOptions: { input: path.join(rendererRoot, 'index.html') },
    chunkSizeWarningLimit: 2000,
  },
};

export default defineConfig(rendererConfig);
