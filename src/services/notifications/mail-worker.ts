import { drainBatches, repeatEvery, type Repeating } from '../background/repeat-every.js';
import type { EmailDataDeps } from './email-view-data.js';
import { sendDueEmails, type MailerOptions } from './send-emails.js';

/**
 * Send due buyers' emails every `intervalMs` (default 5 s), and again straight away while a run
 * found a full batch. Safe in several processes at once: each claims different rows. `stop` waits
 * for the run in progress.
 */
export function startMailWorker(deps: EmailDataDeps, options: MailerOptions & { intervalMs?: number; log?: (message: string) => void }): Repeating {
  const limit = options.limit ?? 20;
  return repeatEvery(
    options.intervalMs ?? 5_000,
    (stopped) =>
      drainBatches(
        () => sendDueEmails(deps, { ...options, limit }),
        limit,
        stopped,
        (r) => r.attempted > 0 && options.log?.(`mail: ${r.sent} sent, ${r.retrying} to retry, ${r.failed} failed, ${r.skipped} skipped`),
      ),
    (error) => options.log?.(`mail: send run failed: ${error.message}`),
  );
}
