// The real LSP adapter (tsc output) around an engine that fails on purpose, to check that engine
// failures are logged and contained. HRDOCS_FAKE_ENGINE=load-fails | throws | writes.
//   throws: the real engine, except analyze() throws on text containing ANALYZE_BOOM, match()
//           throws when the job contains MATCH_BOOM, and generateMatchingJobs() always throws.
//   writes: the real engine, whose generation first "decodes" WRITER_STEPS steps a few ms apart,
//           calling onProgress per step as the trained writer does (tests of progress reports).

if (!process.argv.includes('--stdio')) process.exit(0); // not a test file: only runs as a server

const out = new URL('../../server/out/src/', import.meta.url);
const { startServer } = await import(new URL('lsp/server.js', out).href);
const { loadEngine } = await import(new URL('engine/index.js', out).href);

const mode = process.env.HRDOCS_FAKE_ENGINE ?? 'throws';

async function fakeEngine(options) {
  if (mode === 'load-fails') {
    await new Promise((r) => setTimeout(r, 50));
    throw new Error('models/graph/graph.json.gz is corrupt (fake)');
  }
  const real = await loadEngine(options);
  if (mode === 'writes') return writingEngine(real);
  return {
    get status() {
      return real.status;
    },
    rules: real.rules,
    parse: (...a) => real.parse(...a),
    lint: (...a) => real.lint(...a),
    skillInfo: (id) => real.skillInfo(id),
    cacheSizes: () => real.cacheSizes(),
    async analyze(text, ...rest) {
      if (text.includes('ANALYZE_BOOM')) throw new Error('fake analyze failure');
      return real.analyze(text, ...rest);
    },
    async match(resume, job) {
      if (job.doc.source.includes('MATCH_BOOM')) throw new Error('fake match failure');
      return real.match(resume, job);
    },
    fix: (...a) => real.fix(...a),
    async generateMatchingJobs() {
      throw new Error('fake generation failure');
    },
    generateJobDescription: (t) => real.generateJobDescription(t),
    dispose: () => real.dispose(),
  };
}

await startServer(undefined, { createEngine: fakeEngine });

const WRITER_STEPS = 40;

async function decode(options) {
  for (let step = 1; step <= WRITER_STEPS; step++) {
    await new Promise((r) => setTimeout(r, 10));
    options?.onProgress?.(step, WRITER_STEPS);
  }
}

function writingEngine(real) {
  return Object.assign(Object.create(real), {
    async generateMatchingJobs(resume, count, token, options) {
      await decode(options);
      return real.generateMatchingJobs(resume, count, token);
    },
    async generateJobDescription(title, token, options) {
      await decode(options);
      return real.generateJobDescription(title, token);
    },
  });
}
