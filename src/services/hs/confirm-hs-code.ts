import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { HsModelRepository } from '../../db/repositories/hs-model-repository.js';
import type { HsModelSource } from './hs-model-source.js';


/** Record the HS code a merchant confirmed for a product text; later answers learn from it at once. */
export async function confirmHsCode(
  deps: { hsModels: HsModelRepository; hsModel: HsModelSource; clock: () => Date },
  input: unknown,
): Promise<Result<{ text: string; hs6: string }, 'VALIDATION_FAILED'>> {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const text = typeof body.text === 'string' ? body.text.trim() : '';
  if (text === '' || text.length > 2000) return fail('VALIDATION_FAILED', 'text must be 1 to 2,000 characters', { field: 'text' });
  const hs6 = typeof body.hs6 === 'string' ? body.hs6.replace(/[.\s]/g, '') : '';
  if (!/^\d{6}$/.test(hs6)) return fail('VALIDATION_FAILED', 'hs6 must be 6 digits', { field: 'hs6' });
  if (body.productId !== undefined && !isUuid(body.productId)) return fail('VALIDATION_FAILED', 'productId must be a UUID', { field: 'productId' });
  await deps.hsModels.addConfirmation({ text, hs6, productId: (body.productId as string | undefined) ?? null }, deps.clock());
  deps.hsModel.invalidate();
  return ok({ text, hs6 });
}
