import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API the dev server forwards /api to; PILAR_API_URL points it at another local server.
const api = process.env.PILAR_API_URL ?? 'http://localhost:8080';

/** The web app lives in web/ and builds to web/dist, which the server serves in production. */
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': api } },
  preview: { proxy: { '/api': api } },
});
