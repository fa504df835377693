// Cancellation between stages. The token's shape is LSP's (`isCancellationRequested`), so the
// language server passes its request tokens straight through; the engine never imports LSP.

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Thrown when work is abandoned because its token was cancelled; hosts treat it as "no answer". */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}

export function isCancelled(err: unknown): err is CancelledError {
  return err instanceof CancelledError;
}

/** A token the caller cancels by hand (CLI time budgets, tests). */
export class CancellationSource {
  private cancelled = false;
  readonly token: CancellationToken;

  constructor() {
    const source = this;
    this.token = { get isCancellationRequested() { return source.cancelled; } };
  }

  cancel(): void {
    this.cancelled = true;
  }
}

/** A token that is cancelled when `parent` is, or once `ms` have passed (`expired` then says why). */
export function withDeadline(ms: number, parent?: CancellationToken): CancellationToken & { readonly expired: boolean } {
  const end = performance.now() + ms;
  return {
    get expired() { return performance.now() > end; },
    get isCancellationRequested() { return !!parent?.isCancellationRequested || performance.now() > end; },
  };
}

/** Lets queued I/O and messages run before the next slice of work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
