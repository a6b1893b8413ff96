import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The tracker page, built into web/dist (ignored by git) by `npm install` (prepare) or at the first
// `npm start`, and served by the API server itself: no CDN, no second server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
});
