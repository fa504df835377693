// The real language server (tsc output) on the models folder named by HRDOCS_TEST_MODELS_DIR, so
// tests can hand it a damaged copy.

if (!process.argv.includes('--stdio')) process.exit(0); // not a test file: only runs as a server

const { startServer } = await import(new URL('../../server/out/src/lsp/server.js', import.meta.url).href);
await startServer(undefined, { engineOptions: { modelsDir: process.env.HRDOCS_TEST_MODELS_DIR, useModels: false } });
