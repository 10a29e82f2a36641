import { classifyTexts } from '../../services/hs/classify-texts.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'Suggest HS codes: JSON lines {"text": ...} on stdin, one answer line each',
  help: `Usage: landfall classify --json [--limit N] [--abstain-below X] < items.jsonl
       landfall classify "cotton t-shirt" [--limit N]

Reads one JSON object per line ({"text": "...", "material": "...", "category": "..."}) and prints one
JSON line per input, in order: {"candidates": [{"hs6": "610910", "confidence": 0.81, ...}], "abstained": false}
(up to 5 candidates by default). A bad line prints {"error": {...}} and the run exits 2 at the end.
Needs a model: "landfall hs train" first.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { limit: { type: 'string' }, 'abstain-below': { type: 'string' } }, true);
    if (!args.ok) return usageError(io, 'classify', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const limit = args.values.limit === undefined ? undefined : Number(args.values.limit);
    const abstainBelow = args.values['abstain-below'] === undefined ? undefined : Number(args.values['abstain-below']);
    let inputs: unknown[];
    if (args.positionals.length > 0) inputs = [{ text: args.positionals.join(' ') }];
    else {
      if (!args.values.json) return usageError(io, 'classify', 'give a text, or --json with JSON lines on stdin');
      inputs = (await io.readStdin()).split(/\r?\n/).filter((l) => l.trim() !== '').map((line) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          return { invalidJson: true };
        }
      });
    }
    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, args.values.json);
    try {
      const r = await classifyTexts(opened.value.deps, inputs, { ...(limit !== undefined ? { limit } : {}), ...(abstainBelow !== undefined ? { abstainBelow } : {}) });
      if (!r.ok) return reportFailure(io, r, args.values.json);
      let failed = false;
      r.value.forEach((x, i) => {
        if (!x.ok) failed = true;
        const bad = (inputs[i] as { invalidJson?: boolean }).invalidJson;
        const line = x.ok ? { candidates: x.value.candidates, abstained: x.value.abstained } : { error: { code: x.code, line: i + 1, message: bad ? 'the line is not JSON' : x.message.replace(/^items\[\d+\]\./, '') } };
        if (args.values.json) io.stdout(`${JSON.stringify(line)}\n`);
        else if (x.ok) io.stdout(`${x.value.abstained ? '(not sure) ' : ''}${x.value.candidates.map((c) => `${c.hs6} ${(c.confidence * 100).toFixed(0)}% ${c.description.slice(0, 60)}`).join('\n') || 'no candidate'}\n`);
        else io.stderr(`line ${i + 1}: ${x.message}\n`);
      });
      return failed ? EXIT.usage : EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};
