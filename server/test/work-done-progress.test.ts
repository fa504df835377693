// The generate commands' progress bar (server/src/lsp/progress.ts): throttled, never going back,
// begun late when the reporter arrives late, ended once, and never failing the work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkDoneProgressReporter } from 'vscode-languageserver';
import { MIN_REPORT_INTERVAL_MS, ThrottledProgress, withWorkDoneProgress } from '../src/lsp/progress.js';

function recorder(fail = false): { reporter: WorkDoneProgressReporter; sent: string[] } {
  const sent: string[] = [];
  const send = (what: string) => {
    sent.push(what);
    if (fail) throw new Error('connection closed');
  };
  return {
    sent,
    reporter: {
      begin: (title: string, percentage?: number) => send(`begin ${title} ${percentage}`),
      report: (arg: number | string) => send(`report ${arg}`),
      done: () => send('done'),
    },
  };
}

test('reports are throttled and only go forward', () => {
  let now = 1000;
  const { reporter, sent } = recorder();
  const bar = new ThrottledProgress('writing', () => undefined, () => now);
  bar.attach(reporter);
  bar.report(10, 100);
  bar.report(20, 100); // same instant: dropped
  now += MIN_REPORT_INTERVAL_MS;
  bar.report(5, 100); // backwards: dropped
  bar.report(50, 100);
  now += MIN_REPORT_INTERVAL_MS;
  bar.report(200, 100); // past the total: capped
  bar.report(Number.NaN, 100);
  bar.report(1, 0);
  bar.done();
  bar.done();
  bar.report(100, 100);
  assert.deepEqual(sent, ['begin writing 0', 'report 10', 'report 50', 'report 100', 'done']);
});

test('a reporter that arrives after the work has ended begins and ends at once', () => {
  const { reporter, sent } = recorder();
  const bar = new ThrottledProgress('writing', () => undefined);
  bar.report(30, 100);
  bar.done();
  bar.attach(reporter);
  assert.deepEqual(sent, ['begin writing 30', 'done']);
});

test('progress failures are logged, never thrown into the work', async () => {
  const logged: string[] = [];
  const { reporter } = recorder(true);
  const result = await withWorkDoneProgress(async () => reporter, 'token', 'writing', (m) => logged.push(m), async (onProgress) => {
    await new Promise((r) => setImmediate(r)); // the reporter is attached
    onProgress(1, 2);
    return 'written';
  });
  assert.equal(result, 'written');
  assert.ok(logged.length >= 2, `failures logged: ${logged.join(' | ')}`);
  const refused = await withWorkDoneProgress(() => { throw new Error('no progress'); }, undefined, 'writing', (m) => logged.push(m), async () => 'still written');
  assert.equal(refused, 'still written');
});

test('the work failing still ends the bar', async () => {
  const { reporter, sent } = recorder();
  const failing = withWorkDoneProgress(async () => reporter, 'token', 'writing', () => undefined, async () => {
    await new Promise((r) => setImmediate(r));
    throw new Error('writer failed');
  });
  await assert.rejects(failing, /writer failed/);
  assert.deepEqual(sent, ['begin writing 0', 'done']);
});
