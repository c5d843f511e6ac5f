// Built into dist/, which `dyad serve` serves at /. Everything the page
// needs is bundled: nothing is fetched from another host at run time.
// `npm run dev` proxies the API to a `dyad serve` on port 8080.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
});
