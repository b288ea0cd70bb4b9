// The two failures a reader must be told about in words: a file that cannot be imported and a full
// disk. Both carry a message fit to show as it is; callers tell them apart with instanceof or name.

/** A backup (or one highlight in it) that cannot be taken in. `path` says where, e.g. `items[3].tags[0]`. */
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
      'The browser has no more room for Attaché’s library, so nothing from this save was written. ' +
        'Free space by exporting a backup and deleting highlights you no longer need, then try again.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

/** Quota errors differ by browser: QuotaExceededError (spec, Chrome), NS_ERROR_DOM_QUOTA_REACHED (old Firefox), code 22. */
export function isQuotaError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22;
}
