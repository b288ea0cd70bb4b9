// The content script's runtime.onMessage listeners, on the browser's own API (see wxt.config.ts: this
// bundle has no polyfill). Firefox takes a promise returned by a listener as its answer; Chrome takes
// an answer only through sendResponse, kept open by returning true. This does the latter, which both
// browsers accept, so a handler simply returns a value or a promise, or undefined for "not mine".
import { browser } from 'wxt/browser';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];
type Handler = (raw: unknown, sender: Sender) => unknown;

/** The raw listener for `handler`: answers through sendResponse, never throws. */
export function answerWith(handler: Handler) {
  return (raw: unknown, sender: Sender, sendResponse: (answer?: unknown) => void): true | undefined => {
    let answer: unknown;
    try {
      answer = handler(raw, sender);
    } catch {
      return undefined; // never let a failure escape into the page; the asker gets no answer
    }
    if (answer === undefined) return undefined;
    Promise.resolve(answer).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}

export function onRuntimeMessage(handler: Handler): void {
  browser.runtime.onMessage.addListener(answerWith(handler));
}
