import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// In development the API runs separately on :3000; in production the server serves dist/.
const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    // Workspace packages resolve to their TypeScript sources.
    conditions: ['@enox/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/trpc': { target: api, changeOrigin: false },
      '/media': api,
      '/v1': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // No data: URLs in the output, so the server's CSP can stay strict.
    assetsInlineLimit: 0,
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // The SPA imports only schemas and types from the contracts; without this
        // the server-side router (and @trpc/server) would ride along in the bundle.
        moduleSideEffects: [
          { test: /[\\/]packages[\\/]contracts[\\/]src[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              name: 'vendor',
              // Math (KaTeX) and code highlighting load on demand: keep them out of the
              // chunk every page needs, so they land in their lazy chunks.
              test: /[\\/]node_modules[\\/](?!\.pnpm[\\/])(?!(katex|highlight\.js|rehype-katex|remark-math|micromark-extension-math|mdast-util-math|hast-util-from-html-isomorphic|hast-util-from-dom|hast-util-from-html|hast-util-to-text|parse5|entities)[\\/])/,
            },
          ],
        },
      },
    },
  },
});
