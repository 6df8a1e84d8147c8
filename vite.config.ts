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
      // …and the cite panel's script for those pages, at a fixed address (/cite.js) since the Worker links it.
      input: { explorer: 'web/index.html', compare: 'web/compare.html', cite: 'web/src/cite/record-page.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'cite' ? 'cite.js' : 'assets/[name]-[hash].js') },
    },
  },
});
