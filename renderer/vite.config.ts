/**
 * Builds the one renderer bundle that Electron windows and LAN browsers both load.
 * Everything it needs ships inside dist/renderer: the Be Vietnam Pro fonts are
 * bundled files, never fetched from the internet (stations often run offline).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server injects an inline script (React Fast Refresh preamble) that the
 * production CSP rightly forbids; loosen script-src for `vite` serve only.
 */
function devServerCsp(): Plugin {
  return {
    name: 'motcua-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("default-src 'self';", "default-src 'self'; script-src 'self' 'unsafe-inline';"),
  };
}

export default defineConfig({
  root: rendererRoot,
  base: '/',
  plugins: [react(), devServerCsp()],
  // @domain and @contract come from tsconfig.json's paths, their one home.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP allows fonts from 'self' only, so a font must never become a data: URL.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `vite` during development talks to a station on the default port.
    proxy: {
      '/api': { target: 'http://127.0.0.1:8686', ws: true },
    },
  },
});
