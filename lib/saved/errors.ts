// The two failures the reader must be told about in plain words: a file that cannot be imported and
// a browser that has no room left. Callers tell them apart with instanceof; messages are fit to show.

/** A backup, or one highlight in it, that cannot be taken in. `path` says where (`items[3].tags[0]`). */
export class ImportError extends Error {
  readonly path: string;
  readonly reason: string;
  constructor(reason: string, path = '') {
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'ImportError';
    this.path = path;
    this.reason = reason;
  }
}

/** The browser refused to store more; the transaction was aborted, so nothing of it was written. */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super(
      'Your browser has no more room for Attaché’s library, so nothing from this save was written. ' +
        'Export a backup and delete highlights you no longer need, then try again.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

/** Browsers name quota failures differently: QuotaExceededError (spec), NS_ERROR_DOM_QUOTA_REACHED, code 22. */
export function isQuotaError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22;
}
