import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { llmProxyMiddleware } from './src/server/llmProxy';

/** Serves `/llm-proxy/*` from the dev and preview servers with the key from the environment. */
function llmProxy(env: Record<string, string>): Plugin {
  const middleware = llmProxyMiddleware({
    OPENAI_API_KEY: env.OPENAI_API_KEY,
    OPENAI_BASE_URL: env.OPENAI_BASE_URL,
  });
  return {
    name: 'llm-proxy',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

export default defineConfig(({ mode }) => {
  // '' prefix: also read OPENAI_* (not only VITE_*) from .env — used only on the server side.
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env } as Record<string, string>;
  return {
    plugins: [react(), llmProxy(env)],
    worker: { format: 'es' },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
