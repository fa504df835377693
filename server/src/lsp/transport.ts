// The stdio transport with the protocol's edges enforced before any handler runs: a body that is
// not JSON gets a parse error answer, a frame that cannot be delimited ends the server with one
// line on stderr (nothing after it can be read reliably), requests after `shutdown` are refused,
// and textDocument requests without a document are answered InvalidParams.
import { Transform, type TransformCallback } from 'node:stream';
import { format } from 'node:util';
import {
  ErrorCodes,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node.js';

interface RequestLike { id?: number | string | null; method?: string; params?: unknown }

export interface GuardedTransport {
  reader: MessageReader;
  writer: MessageWriter;
  /** true once a `shutdown` request has arrived */
  readonly shutdownReceived: boolean;
}

/** A reader/writer pair over stdin/stdout that enforces the edges above; `exit(code)` ends the process. */
export function guardedStdio(exit: (code: number) => void = (code) => process.exit(code)): GuardedTransport {
  const frames = new FrameGuard();
  frames.on('error', (err) => {
    process.stderr.write(`hrdocs: malformed LSP message from the client (${firstLine(err)}); exiting\n`);
    exit(1);
  });
  process.stdin.on('end', () => frames.end());
  process.stdin.pipe(frames, { end: false });
  const inner = new StreamMessageReader(frames);
  const writer = new StreamMessageWriter(process.stdout);
  const state = { shutdownReceived: false };
  const answerError = (id: RequestLike['id'], code: number, message: string): void => {
    const response: ResponseMessage = { jsonrpc: '2.0', id: id ?? null, error: { code, message } };
    void writer.write(response).catch(() => undefined);
  };

  inner.onError((err) => {
    if (err instanceof SyntaxError) {
      answerError(null, ErrorCodes.ParseError, `Parse error: ${err.message}`);
      return;
    }
    process.stderr.write(`hrdocs: malformed LSP message from the client (${firstLine(err)}); exiting\n`);
    exit(1);
  });
  // stdin closed: the editor is gone (the library only does this for streams it owns)
  inner.onClose(() => exit(state.shutdownReceived ? 0 : 1));

  const reader: MessageReader = {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage as MessageReader['onPartialMessage'],
    dispose: () => inner.dispose(),
    listen(callback: DataCallback): Disposable {
      return inner.listen((message: Message) => {
        const m = message as RequestLike;
        const isRequest = m.id !== undefined && typeof m.method === 'string';
        if (state.shutdownReceived && m.method !== 'exit') {
          if (isRequest) answerError(m.id, ErrorCodes.InvalidRequest, `the server is shutting down: ${m.method} refused`);
          return;
        }
        if (isRequest && m.method === 'shutdown') state.shutdownReceived = true;
        if (isRequest && m.method!.startsWith('textDocument/') && !hasTextDocument(m.params)) {
          answerError(m.id, ErrorCodes.InvalidParams, `${m.method}: params.textDocument.uri is required`);
          return;
        }
        callback(message);
      });
    },
  };
  return {
    reader,
    writer,
    get shutdownReceived() {
      return state.shutdownReceived;
    },
  };
}

/** The most a client may send in one message; a Content-Length beyond it is a broken frame. */
const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;

/**
 * Passes the byte stream through unchanged while checking each frame's header: a missing,
 * non-numeric, negative or absurd Content-Length is an error (the library would wait forever).
 */
class FrameGuard extends Transform {
  private header = Buffer.alloc(0);
  private bodyLeft = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let rest = chunk;
    while (rest.length) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, rest.length);
        this.bodyLeft -= n;
        rest = rest.subarray(n);
        continue;
      }
      this.header = Buffer.concat([this.header, rest]);
      rest = Buffer.alloc(0);
      const end = this.header.indexOf('\r\n\r\n');
      if (end < 0) {
        if (this.header.length > 8192) return done(new Error('header longer than 8 KB without an end'));
        break;
      }
      const length = contentLength(this.header.subarray(0, end).toString('ascii'));
      if (typeof length === 'string') return done(new Error(length));
      rest = this.header.subarray(end + 4);
      this.header = Buffer.alloc(0);
      this.bodyLeft = length;
    }
    done(null, chunk);
  }
}

/** The Content-Length of a header block, or why it has none usable. */
function contentLength(header: string): number | string {
  const line = header.split('\r\n').find((l) => /^content-length\s*:/i.test(l));
  if (!line) return 'Header must provide a Content-Length property';
  const value = line.slice(line.indexOf(':') + 1).trim();
  if (!/^\d+$/.test(value)) return `Content-Length must be a non-negative integer, got "${value.slice(0, 40)}"`;
  const n = Number(value);
  return n > MAX_CONTENT_LENGTH ? `Content-Length ${n} exceeds ${MAX_CONTENT_LENGTH} bytes` : n;
}

/** console.* must never write to stdout, which carries the protocol. */
export function consoleToStderr(): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[level] = (...args: unknown[]) => process.stderr.write(format(...args) + '\n');
  }
}

function hasTextDocument(params: unknown): boolean {
  const doc = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument;
  return typeof doc?.uri === 'string';
}

function firstLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split('\n')[0];
}

