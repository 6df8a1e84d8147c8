import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { pageShells, shellFiles } from './scripts/page-shells.ts';

/** The browser reaches src/domain only through this alias, and eslint.config.js says which modules of it. */
export const domainAlias = { '@domain': fileURLToPath(new URL('./src/domain', import.meta.url)) };

const root = fileURLToPath(new URL('./web', import.meta.url));

export default defineConfig({
  root: 'web',
  resolve: { alias: domainAlias },
  // The explorer's and the workbench's pages, in English and Chinese, from one frame (scripts/page-shells.ts).
  plugins: [pageShells(root)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // One HTML page per app view and language; /list and /about are rendered by the Worker.
      // …and the cite panel's script for those pages, at a fixed address (/cite.js) since the Worker links it.
      input: {
        ...Object.fromEntries(
          Object.keys(shellFiles).map((f) => [f.replace(/\.html$/, '').replace('/', '-'), `web/${f}`]),
        ),
        cite: 'web/src/cite/record-page.ts',
      },
      output: { entryFileNames: (chunk) => (chunk.name === 'cite' ? 'cite.js' : 'assets/[name]-[hash].js') },
    },
  },
});
