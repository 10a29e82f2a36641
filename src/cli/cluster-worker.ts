/**
 * The script each worker of `landfall serve --workers N` runs (forked by src/cli/cluster.ts with
 * the arguments `serve`): the `serve` command, which sees it is a worker from its environment.
 */
import { endWorker } from './cluster.js';
import { main } from './main.js';

endWorker(await main(process.argv.slice(2)));
