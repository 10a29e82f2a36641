// A node:test reporter that counts leaf tests overall and per database half ([pglite] / [postgres]
// in a suite title, see describeWithDatabases) and writes the counts as JSON at the end.
export default async function* summaryReporter(source) {
  const empty = () => ({ pass: 0, fail: 0, skip: 0 });
  const total = empty();
  const byDb = { pglite: empty(), postgres: empty() };
  // Names of the tests now open, by nesting level. The runner reports each file's tests in
  // definition order and one file at a time, so one stack serves all files.
  const stack = [];
  const failsAtStart = []; // total.fail when each open test started
  const failures = [];

  for await (const event of source) {
    const data = event.data ?? {};
    if (event.type === 'test:start') {
      stack.length = data.nesting;
      stack[data.nesting] = data.name;
      failsAtStart.length = data.nesting;
      failsAtStart[data.nesting] = total.fail;
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Suites are not tests (as in the runner's own totals), except a suite that failed with no
    // failing test inside it (an after hook that threw): that failure must still be counted.
    const isSuite = data.details?.type === 'suite';
    const outcome = data.skip || data.todo ? 'skip' : event.type === 'test:pass' ? 'pass' : 'fail';
    if (isSuite && !(outcome === 'fail' && total.fail === failsAtStart[data.nesting])) continue;
    const path = [...stack.slice(0, data.nesting), data.name].join(' > ');
    total[outcome]++;
    const db = /\[(pglite|postgres)\]/.exec(path)?.[1];
    if (db) byDb[db][outcome]++;
    if (outcome === 'fail') failures.push(path);
  }
  yield `${JSON.stringify({ total, byDb, failures })}\n`;
}
