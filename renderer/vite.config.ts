import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const rendererRoot = import.meta.dirname;

/** The renderer build, shared by browser mode (`vite build`) and electron-vite. */
export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  publicDir: path.join(rendererRoot, 'public'),
  plugins: [react()],
  build: {
    outDir: path.join(rendererRoot, '..', 'out', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
};

export default defineConfig(rendererConfig);
