#!/usr/bin/env node
// Entry of `npx attache`: runs the TypeScript CLI through tsx, so the CLI and the extension share
// lib/ as it is, with no separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
