// Vite build for the web app. Root is web/; output goes to dist/web, which the server serves with SPA fallback.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  publicDir: 'public',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The manifest lets bench/web.bench.ts sum what the sign-in page needs.
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    // No inline scripts or data: modules: the server's CSP is script-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        manualChunks(id) {
          // React and the router change rarely: a separate cacheable chunk.
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development: proxy the API to a running server.
    proxy: { '/api': process.env.CONFIDANT_API ?? 'http://127.0.0.1:3000' },
  },
});
