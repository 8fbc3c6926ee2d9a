import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// In development the API runs separately on :3000; in production the server serves dist/.
const api = 'http://localhost:3000';

export default defineConfig({
  // Served by the API server under /admin/.
  base: '/admin/',
  plugins: [react(), tailwindcss()],
  resolve: {
    // Workspace packages resolve to their TypeScript sources.
    conditions: ['@enox/source', ...defaultClientConditions],
  },
  server: {
    port: 5174,
    proxy: {
      '/trpc': { target: api, changeOrigin: false },
      '/media': api,
      '/v1': api,
      '/healthz': api,
      '/exports': api,
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
            // Charts load lazily with the dashboard, in their own chunk.
            {
              name: 'charts',
              test: /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|@reduxjs|react-redux|redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3)[\\/]/,
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
