import { addExamples } from '../../core/hs/add-examples.js';
import { HS_INDEX_VERSION, type HsIndex } from '../../core/hs/types.js';
import type { HsModelRepository } from '../../db/repositories/hs-model-repository.js';

/** Merchant confirmations weigh this many times a labeled example: they take precedence. */
export const CONFIRMATION_WEIGHT = 5;

export type HsModelSource = {
  /** The active model with the merchant's confirmations added, or undefined before any training. */
  get(): Promise<{ id: string; index: HsIndex } | undefined>;
  invalidate(): void;
};

/**
 * The classifier model, loaded from the database once and kept in memory; every `checkEveryMs` the
 * active model id and the number of confirmations are read, and the model is reloaded when either
 * changed (a retrain or a confirmation in this process or another).
 */
export function createHsModelSource(deps: { hsModels: HsModelRepository; checkEveryMs?: number; now?: () => number }): HsModelSource {
  const now = deps.now ?? (() => performance.now());
  const every = deps.checkEveryMs ?? 30_000;
  let cached: { id: string; confirmations: number; index: HsIndex; checkedAt: number } | undefined;
  let loading: Promise<{ id: string; index: HsIndex } | undefined> | undefined;
  return {
    async get() {
      if (cached && now() - cached.checkedAt < every) return cached;
      loading ??= (async () => {
        try {
          const [id, confirmations] = await Promise.all([deps.hsModels.activeId(), deps.hsModels.confirmationCount()]);
          if (!id) return (cached = undefined);
          if (cached && cached.id === id && cached.confirmations === confirmations) {
            cached.checkedAt = now();
            return cached;
          }
          const model = await deps.hsModels.loadActive();
          // a model stored by an older version has another shape: it is retrained, not misread
          if (!model || (model.model as { version?: unknown }).version !== HS_INDEX_VERSION) return (cached = undefined);
          const confirmed = await deps.hsModels.confirmations();
          const index = confirmed.length > 0 ? addExamples(model.model as HsIndex, confirmed, CONFIRMATION_WEIGHT) : (model.model as HsIndex);
          cached = { id: model.id, confirmations, index, checkedAt: now() };
          return cached;
        } finally {
          loading = undefined;
        }
      })();
      return loading;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
