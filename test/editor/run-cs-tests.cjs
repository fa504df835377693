// Runs the editor tests inside real VS Code: code-server (VS Code server + web workbench, remote Node
// extension host) driven by headless Debian chromium through playwright-core.
//   extensionDevelopmentPath = <repo>/client, extensionTestsPath = test/editor/out/index.js,
//   folder = a temporary copy of test/editor/workspace (tests edit documents; the repo stays clean).
// Env: CODE_SERVER ("node /path/entry.js" or "code-server"), PORT (default: a free one),
//      CHROMIUM (default /usr/bin/chromium), TEST_TIMEOUT_MS (default 300000), BROWSER_LOG=1,
//      SERVER_LOG=0 (do not print code-server's log on failure), GREP (mocha --grep, read by the suite),
//      SCREENSHOT=file.png (the workbench once the tests are done).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { chromium } = require('playwright-core');

const [CS_CMD, ...CS_PRE] = (process.env.CODE_SERVER || 'code-server').split(' ');
const root = path.resolve(__dirname, '..', '..');
const extDev = path.join(root, 'client');
const testsEntry = path.join(__dirname, 'out', 'index.js'); // exports run(): Promise<void>
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 300000);
// Workbench log lines that say nothing about the tests (no network here: the gallery is unreachable).
const NOISE = new RegExp([
  'open-vsx\\.org', '\\[AccountPolicyGate\\]', '^Resolv(ing|ed) connection token', '^Creating a socket',
  '\\[reconnection-grace-time\\]', '^Updating additional builtin extensions cache', '^\\[Service Worker\\]',
  '^\\[AgentHost', "authentication provider 'github'",
].join('|'));

const freePort = () => new Promise(res => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
});

/** Output channels (the extension's "hrdocs" channel with the server's stderr) are logged under the
 *  user-data dir; print them when a run fails. */
function printOutputChannels(dataDir) {
  const found = [];
  const walk = d => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/hrdocs/i.test(e.name) && e.name.endsWith('.log')) found.push(p);
    }
  };
  try { walk(path.join(dataDir, 'logs')); } catch { /* no logs */ }
  for (const f of found) {
    console.log(`----- ${path.relative(dataDir, f)}`);
    console.log(fs.readFileSync(f, 'utf8').split('\n').slice(-200).join('\n'));
  }
}

(async () => {
  if (!fs.existsSync(testsEntry)) throw new Error(`${testsEntry} missing: run tsc -p test/editor`);
  if (!fs.existsSync(path.join(extDev, 'dist', 'extension.js'))) throw new Error('client/dist/extension.js missing: npm run build --workspace client');
  const port = Number(process.env.PORT) || await freePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hrdocs-editor-'));
  const dataDir = path.join(tmp, 'data');
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true, 'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none',
    'git.enabled': false, 'update.mode': 'none', 'security.workspace.trust.enabled': false,
    'workbench.editor.enablePreview': false, 'files.autoSave': 'off', 'markdown.validate.enabled': false,
  }, null, 2));

  let finish;
  const done = new Promise(r => { finish = r; });
  const server = spawn(CS_CMD, [...CS_PRE,
    '--config', path.join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dataDir, '--extensions-dir', path.join(tmp, 'exts'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver', // without it the workbench ignores the test payload
  ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HRDOCS_EDITOR_TEST: '1' } });
  const serverLog = [];
  server.stdout.on('data', d => serverLog.push(String(d)));
  server.stderr.on('data', d => serverLog.push(String(d)));
  server.on('exit', c => finish(`code-server exited (${c})`));

  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(base + '/healthz')).ok) break; } catch { /* not up yet */ }
    if (i > 240) throw new Error('code-server did not start within 120 s:\n' + serverLog.join(''));
    await new Promise(r => setTimeout(r, 500));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const page = await browser.newPage();
  if (process.env.BROWSER_LOG) page.on('console', m => console.log('[browser]', m.text()));
  // The workbench calls these while running extension tests (IAutomatedWindow).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...args);
    if (!NOISE.test(text)) console.log(text);
  });
  await page.exposeFunction('codeAutomationExit', code => finish(code));
  const remote = p => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extDev)],
    ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true'],
  ]);
  const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const code = await done;
  clearTimeout(timer);
  console.log('extension host exit code:', code);
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT }).catch(e => console.log('screenshot:', e.message));
  if (code !== 0) {
    if (code === 'timeout') console.log(`0 passed, 1 failed (the run did not finish within ${TIMEOUT_MS} ms)`);
    printOutputChannels(dataDir);
    if (process.env.SERVER_LOG !== '0') console.log(serverLog.join(''));
  }
  await browser.close().catch(() => undefined);
  server.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code === 0 ? 0 : 1);
})().catch(e => { console.error(e); console.log('0 passed, 1 failed (harness error)'); process.exit(2); });
