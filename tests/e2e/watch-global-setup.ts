// vitest globalSetup of the e2e run: the network watch over the whole run (issue 6, "0 requests by
// the extension over the whole e2e run"). Every session launched through ./browsers.ts writes what its
// watch saw to the ledger when it closes; at the end of the run this prints the sum and fails the run
// if the extension made any request, if a session's control request went unseen, or (with CI=true)
// if no session was watched at all.
import { rmSync } from 'node:fs';
import { judgeLedger, readLedger, WATCH_LEDGER } from './watch-ledger';

export function setup(): () => void {
  rmSync(WATCH_LEDGER, { force: true });
  return () => {
    const { summary, failures } = judgeLedger(readLedger(), process.env.CI === 'true');
    console.log(summary);
    if (failures.length) {
      console.error(`[e2e] network watch FAILED (${failures.length} problems):\n  ${failures.join('\n  ')}`);
      // vitest only logs an error thrown by a global teardown; the exit status is what CI reads.
      process.exitCode = 1;
    }
  };
}
