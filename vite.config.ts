import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // One HTML page per app view; /list and /about are rendered by the Worker.
      input: { explorer: 'web/index.html', compare: 'web/compare.html' },
    },
  },
});
