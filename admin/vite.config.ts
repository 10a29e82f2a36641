import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin single-page app: built into dist/admin and served by the Landfall server under /admin. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [react()],
  build: { outDir: '../dist/admin', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
