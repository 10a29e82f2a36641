import { ok } from '../../core/result/result.js';
import { gatewayRepository, type GatewayDeps } from './gateway-deps.js';
import { gatewayFail, missingIntent, type GatewayResult } from './gateway-errors.js';
import { toIntentView, toRefundView, type GatewayIntentView, type GatewayRefundView } from './gateway-views.js';

/** An intent as it stands now. */
export async function getGatewayIntent(deps: GatewayDeps, id: string): Promise<GatewayResult<GatewayIntentView>> {
  const row = await gatewayRepository(deps).getIntent(id);
  return row ? ok(toIntentView(row)) : missingIntent(id);
}

/** A refund as it stands now. */
export async function getGatewayRefund(deps: GatewayDeps, id: string): Promise<GatewayResult<GatewayRefundView>> {
  const repo = gatewayRepository(deps);
  const row = await repo.getRefund(id);
  if (!row) return gatewayFail('resource_missing', `no such refund: '${id}'`, 'id');
  const intent = await repo.getIntent(row.intentId);
  return ok(toRefundView(row, intent!.currency));
}
