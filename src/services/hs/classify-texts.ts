import { classify } from '../../core/hs/classify.js';
import type { HsClassification } from '../../core/hs/types.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { HsModelSource } from './hs-model-source.js';

export type ClassifyInput = { text: string; material?: string; category?: string; origin?: string };
export type ClassifyOutcome = HsClassification & { modelId: string };

/**
 * Classify one or many product texts with the active model. Material and category are appended to
 * the text after a comma, so the title keeps its head noun ("of cotton", "knitted" move the code). Each item is validated on its own: an empty text
 * is an error for that item only. Below the store's threshold (or the request's `abstainBelow`) an
 * answer is an abstention. HS_MODEL_MISSING until `landfall hs train` has run.
 */
export async function classifyTexts(
  deps: { hsModel: HsModelSource; hsAbstainBelow?: number },
  items: readonly unknown[],
  options: { limit?: number; abstainBelow?: number } = {},
): Promise<Result<Array<Result<ClassifyOutcome, 'VALIDATION_FAILED'>>, 'HS_MODEL_MISSING' | 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 1 || options.limit > 20)) issues.push({ field: 'limit', message: 'must be a whole number from 1 to 20' });
  if (options.abstainBelow !== undefined && !(typeof options.abstainBelow === 'number' && options.abstainBelow >= 0 && options.abstainBelow <= 1)) issues.push({ field: 'abstainBelow', message: 'must be a number from 0 to 1' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const model = await deps.hsModel.get();
  if (!model) return fail('HS_MODEL_MISSING', 'no HS model of this version yet: run "landfall hs train --nomenclature FILE --examples FILE"');
  return ok(
    items.map((raw, i) => {
      const item = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
      if (typeof item.text !== 'string') return fail('VALIDATION_FAILED', `items[${i}].text must be text`, { field: `items[${i}].text` });
      const extra = ['material', 'category'].map((k) => (typeof item[k] === 'string' ? (item[k] as string) : '')).filter(Boolean);
      const r = classify([item.text, ...extra].join(', '), model.index, { abstainBelow: deps.hsAbstainBelow ?? 0.2, ...options });
      if (!r.ok) return fail('VALIDATION_FAILED', `items[${i}].text: ${r.message}`, { field: `items[${i}].text` });
      return ok({ ...r.value, modelId: model.id });
    }),
  );
}
