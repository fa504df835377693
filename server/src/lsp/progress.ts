// LSP work-done progress for long commands (the writer decodes for seconds): the client's own
// progress token when the request carries one, else a server-initiated bar when the client supports
// it. Progress is decoration: a failure to create or send it never fails the command.
import type { Connection, ProgressToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { errorMessage } from './util.js';

/** A reporter for the request's `workDoneToken`, or a server-initiated one; undefined when the client shows none. */
export type ProgressFactory = (workDoneToken: ProgressToken | undefined) => Promise<WorkDoneProgressReporter | undefined>;

/** At most ~10 reports a second: the writer calls back once per decoding step. */
export const MIN_REPORT_INTERVAL_MS = 100;

export function workDoneProgressFactory(conn: Connection, serverInitiatedSupported: () => boolean): ProgressFactory {
  return async (workDoneToken) => {
    if (workDoneToken !== undefined) return conn.window.attachWorkDoneProgress(workDoneToken);
    return serverInitiatedSupported() ? conn.window.createWorkDoneProgress() : undefined;
  };
}

/**
 * One progress bar, begun when its reporter arrives (a server-initiated one waits for the client's
 * answer, which the command must not wait for), percentages throttled and never going back, ended
 * once. Every call into the reporter is guarded.
 */
export class ThrottledProgress {
  private reporter: WorkDoneProgressReporter | undefined;
  private ended = false;
  private lastPercent = 0;
  private lastReportAt = -Infinity;

  constructor(
    private readonly title: string,
    private readonly log: (m: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts showing the bar on `reporter`; ends it at once when the work already finished. */
  attach(reporter: WorkDoneProgressReporter | undefined): void {
    if (!reporter || this.reporter) return;
    this.reporter = reporter;
    this.call(() => reporter.begin(this.title, this.lastPercent, undefined, false));
    if (this.ended) this.call(() => reporter.done());
  }

  report(done: number, total: number): void {
    if (this.ended || !Number.isFinite(done) || !Number.isFinite(total) || total <= 0) return;
    const percent = Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
    if (percent <= this.lastPercent) return;
    const now = this.now();
    if (now - this.lastReportAt < MIN_REPORT_INTERVAL_MS) return;
    this.lastPercent = percent;
    this.lastReportAt = now;
    const reporter = this.reporter;
    if (reporter) this.call(() => reporter.report(percent));
  }

  done(): void {
    if (this.ended) return;
    this.ended = true;
    const reporter = this.reporter;
    if (reporter) this.call(() => reporter.done());
  }

  private call(send: () => void): void {
    try {
      send();
    } catch (err) {
      this.log(`hrdocs: progress report failed: ${errorMessage(err)}`);
    }
  }
}

/**
 * Runs `work` with an `onProgress` callback shown as a work-done progress bar titled `title`. The
 * bar is created alongside the work, not before it, and ended in `finally`.
 */
export async function withWorkDoneProgress<T>(
  create: ProgressFactory | undefined,
  workDoneToken: ProgressToken | undefined,
  title: string,
  log: (m: string) => void,
  work: (onProgress: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const bar = new ThrottledProgress(title, log);
  if (create) {
    void (async () => create(workDoneToken))().then(
      (reporter) => bar.attach(reporter),
      (err) => log(`hrdocs: no progress bar: ${errorMessage(err)}`),
    );
  }
  try {
    return await work((done, total) => bar.report(done, total));
  } finally {
    bar.done();
  }
}
