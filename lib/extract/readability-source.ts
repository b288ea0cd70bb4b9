// What a Readability method calls, read from its source: each stand-in for one of its steps is
// installed only when the method still calls what it did in 0.6 (also once minified: method names
// are kept).

/** The `this._name(` calls in a function's source, in order, without `this.`. */
export const methodCalls = (fn: unknown): string[] => String(fn).match(/this\._\w+(?=\()/g)?.map((c) => c.slice(5)) ?? [];
