// Unit tests run in Node, where English is registered synchronously, as for the CLI and the bench
// (lib/entities/english.ts). The content script gets the same pack from the background instead.
import '../../lib/entities/english';
