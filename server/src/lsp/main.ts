// Entry point for running the language server on its own: `node out/src/lsp/main.js --stdio`.
// (The CLI runs the same server with `hrdocs lsp --stdio`.)
import { startServer } from './server.js';

void startServer();
