#!/usr/bin/env node
// Entry point of the `landfall` command. Sources are TypeScript run through tsx's loader,
// so a fresh `npm ci` is all the set-up the command needs.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
