import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The browser reaches src/domain only through this alias, and eslint.config.js says which modules of it. */
export const domainAlias = { '@domain': fileURLToPath(new URL('./src/domain', import.meta.url)) };

export default defineConfig({
  root: 'web',
  resolve: { alias: domainAlias },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // One HTML page per app view; /list and /about are rendered by the Worker.
      input: { explorer: 'web/index.html', compare: 'web/compare.html' },
    },
  },
});
