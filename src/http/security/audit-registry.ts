/**
 * What each admin change is in the audit log: its action, the type of entity it touches, where the
 * entity's id comes from, and how the entity is read as the admin API shows it (before and after
 * the change). Keyed by method and route URL as registered. A change route missing here is still
 * audited, by the fallback (`fallbackTarget`: the request body with secrets redacted as "after"),
 * and fails the role matrix test until it is added.
 */

/** What a loader may use: GET an admin API URL as the caller (null unless it answered 200), the request, the answer. */
export type AuditContext = {
  read(url: string): Promise<unknown>;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** The parsed JSON answer (only after the change). */
  answer?: unknown;
  /** Facts the audit hook knows about the request, for entries that describe it rather than an entity. */
  request: { contentType: string; bodyBytes: number; keyId: string };
};

export type AuditTarget = {
  action: string;
  entityType: string;
  /** The entity's id from the request; for creations, from the answer (`idFromAnswer`). */
  id?: (c: AuditContext) => string | null;
  idFromAnswer?: (answer: Record<string, unknown>) => string | null;
  /** The entity as the admin API shows it, or null where there is none; read before and after the change. */
  load?: (c: AuditContext, id: string | null) => Promise<unknown>;
  /** "after" taken from the answer instead of reading again (the answer is the entity). */
  afterFromAnswer?: (answer: Record<string, unknown>) => unknown;
  /** "after" described from the request (an uploaded file: its size and type, never its content). */
  afterFromRequest?: (c: AuditContext) => unknown;
};

/** A route that changes nothing (a calculation over posted input): not written to the audit log. */
export type NotAudited = { notAudited: string };

const param = (name: string) => (c: AuditContext) => c.params[name] ?? null;
const str = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
const enc = encodeURIComponent;

/** GET `url(id)`: the entity itself. */
const get = (url: (id: string) => string) => async (c: AuditContext, id: string | null) => (id === null ? null : c.read(url(id)));
/** GET a list (`{ items: [...] }`) and pick the item whose `field` is the id. */
const pick = (url: string, field = 'id') => async (c: AuditContext, id: string | null) => {
  if (id === null) return null;
  const list = (await c.read(url)) as { items?: Array<Record<string, unknown>> } | null;
  return list?.items?.find((item) => String(item[field]) === id) ?? null;
};
/** An API key from the keyset-paginated list (a store has tens of keys; sign-in sessions are not listed and read as null). */
async function findApiKey(c: AuditContext, id: string | null): Promise<unknown> {
  let url = '/v1/admin/api-keys?limit=100';
  for (let pages = 0; id !== null && pages < 50; pages++) {
    const page = (await c.read(url)) as { items?: Array<Record<string, unknown>>; nextCursor?: string | null } | null;
    const found = page?.items?.find((k) => k.id === id);
    if (found) return found;
    if (!page?.nextCursor) return null;
    url = `/v1/admin/api-keys?limit=100&cursor=${enc(page.nextCursor)}`;
  }
  return null;
}
/** One message of the templates of its language (`locale/key`). */
async function emailTemplate(c: AuditContext, id: string | null): Promise<unknown> {
  if (id === null) return null;
  const slash = id.indexOf('/');
  const list = (await c.read(`/v1/admin/email-templates?locale=${enc(id.slice(0, slash))}`)) as { messages?: Array<Record<string, unknown>> } | null;
  return list?.messages?.find((m) => m.key === id.slice(slash + 1)) ?? null;
}
const conversation = get((id) => `/v1/admin/support/conversations/${enc(id)}`);
/** A saved reply in one language (`name/locale`). */
async function savedReply(c: AuditContext, id: string | null): Promise<unknown> {
  if (id === null) return null;
  const slash = id.lastIndexOf('/');
  const list = (await c.read(`/v1/admin/support/saved-replies?name=${enc(id.slice(0, slash))}&locale=${enc(id.slice(slash + 1))}`)) as { items?: unknown[] } | null;
  return list?.items?.[0] ?? null;
}
const order = get((n) => `/v1/admin/orders/${enc(n)}`);
const returnOf = get((id) => `/v1/admin/returns/${enc(id)}`);
const quote = get((n) => `/v1/admin/quotes/${enc(n)}`);

export const AUDITED_ROUTES: Readonly<Record<string, AuditTarget | NotAudited>> = {
  // Access: users, sessions, API keys.
  'POST /v1/admin/users': { action: 'admin_user.create', entityType: 'admin_user', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'DELETE /v1/admin/sessions/current': { action: 'session.end', entityType: 'session', id: (c) => c.request.keyId },
  'POST /v1/admin/api-keys': { action: 'api_key.create', entityType: 'api_key', idFromAnswer: (a) => str((a.apiKey as Record<string, unknown> | undefined)?.id), afterFromAnswer: (a) => a.apiKey ?? null },
  'DELETE /v1/admin/api-keys/:id': { action: 'api_key.revoke', entityType: 'api_key', id: param('id'), load: findApiKey },
  // Catalog.
  'POST /v1/admin/products': { action: 'product.create', entityType: 'product', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'PATCH /v1/admin/products/:id': { action: 'product.update', entityType: 'product', id: param('id'), load: get((id) => `/v1/admin/products/${enc(id)}`) },
  'POST /v1/admin/products/:id/archive': { action: 'product.archive', entityType: 'product', id: param('id'), load: get((id) => `/v1/admin/products/${enc(id)}`) },
  'POST /v1/admin/catalog/imports': {
    action: 'catalog.import',
    entityType: 'catalog',
    afterFromRequest: (c) => ({ contentType: c.request.contentType, bytes: c.request.bodyBytes, ...c.query }),
  },
  'POST /v1/admin/channel-orders/import': {
    action: 'channel_orders.import',
    entityType: 'channel_orders',
    afterFromRequest: (c) => ({ contentType: c.request.contentType, bytes: c.request.bodyBytes, ...c.query }),
  },
  'POST /v1/hs/confirmations': { action: 'hs_code.confirm', entityType: 'hs_confirmation', afterFromRequest: (c) => c.body },
  // Markets and prices.
  'PUT /v1/admin/markets/:id': { action: 'market.put', entityType: 'market', id: param('id'), load: pick('/v1/admin/markets') },
  'POST /v1/admin/markets/:id/price-list': {
    action: 'price_list.set',
    entityType: 'price_list_entry',
    id: (c) => `${c.params.id}:${str((c.body as Record<string, unknown> | null)?.sku) ?? ''}`,
    load: async (c, id) => {
      if (id === null) return null;
      const [market, sku] = [id.slice(0, id.lastIndexOf(':')), id.slice(id.lastIndexOf(':') + 1)];
      const list = (await c.read(`/v1/admin/markets/${enc(market)}/price-list?sku=${enc(sku)}`)) as { items?: unknown[] } | null;
      return list?.items ?? null;
    },
  },
  // Warehouses, stock, shipping.
  'PUT /v1/admin/warehouses/:code': { action: 'warehouse.put', entityType: 'warehouse', id: param('code'), load: pick('/v1/admin/warehouses', 'code') },
  'POST /v1/admin/inventory/movements': {
    action: 'stock.move',
    entityType: 'stock_level',
    id: (c) => {
      const b = (c.body ?? {}) as Record<string, unknown>;
      return `${str(b.warehouse) ?? ''}:${str(b.sku) ?? ''}`;
    },
    load: async (c, id) => {
      if (id === null) return null;
      const [warehouse, sku] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
      const page = (await c.read(`/v1/admin/inventory?sku=${enc(sku)}&warehouse=${enc(warehouse)}`)) as { items?: unknown[] } | null;
      return page?.items?.[0] ?? null;
    },
  },
  'PUT /v1/admin/shipping/services/:code': { action: 'shipping_service.put', entityType: 'shipping_service', id: param('code'), load: pick('/v1/admin/shipping/services', 'code') },
  'POST /v1/admin/shipping/rate-cards': { action: 'rate_card.create', entityType: 'rate_card', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  // Webhooks.
  'POST /v1/admin/webhooks': { action: 'webhook_endpoint.create', entityType: 'webhook_endpoint', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'DELETE /v1/admin/webhooks/:id': { action: 'webhook_endpoint.delete', entityType: 'webhook_endpoint', id: param('id'), load: pick('/v1/admin/webhooks') },
  'POST /v1/admin/webhooks/deliveries/:id/replay': { action: 'webhook_delivery.replay', entityType: 'webhook_delivery', id: param('id'), afterFromAnswer: (a) => a },
  // Orders, fulfillment, payments, discounts.
  'POST /v1/admin/orders/:number/cancel': { action: 'order.cancel', entityType: 'order', id: param('number'), load: order },
  'POST /v1/admin/orders/:number/shipments/:position/ship': { action: 'order.ship', entityType: 'order', id: param('number'), load: order },
  'POST /v1/admin/orders/:number/shipments/:position/deliver': { action: 'order.deliver', entityType: 'order', id: param('number'), load: order },
  'POST /v1/admin/orders/:number/refunds': { action: 'order.refund', entityType: 'order', id: param('number'), load: order },
  'POST /v1/admin/orders/:number/shipments/:position/label': { action: 'order.label_buy', entityType: 'order', id: param('number'), load: order },
  'DELETE /v1/admin/orders/:number/shipments/:position/label': { action: 'order.label_void', entityType: 'order', id: param('number'), load: order },
  'POST /v1/admin/orders/:number/shipments/:position/duty-invoices': { action: 'duty_invoice.record', entityType: 'duty_invoice', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'POST /v1/payments/:id/refunds': { action: 'payment.refund', entityType: 'payment', id: param('id'), load: get((id) => `/v1/payments/${enc(id)}`) },
  'POST /v1/admin/discount-codes': { action: 'discount_code.create', entityType: 'discount_code', idFromAnswer: (a) => str(a.code ?? a.id), afterFromAnswer: (a) => a },
  // Returns.
  'POST /v1/admin/returns/:id/approve': { action: 'return.approve', entityType: 'return', id: param('id'), load: returnOf },
  'POST /v1/admin/returns/:id/reject': { action: 'return.reject', entityType: 'return', id: param('id'), load: returnOf },
  'POST /v1/admin/returns/:id/cancel': { action: 'return.cancel', entityType: 'return', id: param('id'), load: returnOf },
  'POST /v1/admin/returns/:id/receive': { action: 'return.receive', entityType: 'return', id: param('id'), load: returnOf },
  'POST /v1/admin/returns/:id/refund': { action: 'return.refund', entityType: 'return', id: param('id'), load: returnOf },
  'PUT /v1/admin/return-policy': { action: 'return_policy.put', entityType: 'return_policy', load: async (c) => c.read('/v1/admin/return-policy') },
  // Freight shipments (bill of lading / air waybill data of an order).
  'POST /v1/admin/orders/:number/freight-shipments': { action: 'freight_shipment.create', entityType: 'freight_shipment', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'PATCH /v1/admin/freight-shipments/:id': { action: 'freight_shipment.update', entityType: 'freight_shipment', id: param('id'), load: get((id) => `/v1/admin/freight-shipments/${enc(id)}`) },
  // Risk.
  'POST /v1/admin/risk/reviews/:id': { action: 'risk_review.decide', entityType: 'risk_assessment', id: param('id'), load: get((id) => `/v1/risk/assessments/${enc(id)}`) },
  'PUT /v1/admin/risk/rules/:id': { action: 'risk_rule.put', entityType: 'risk_rule', id: param('id'), load: pick('/v1/admin/risk/rules') },
  'DELETE /v1/admin/risk/rules/:id': { action: 'risk_rule.delete', entityType: 'risk_rule', id: param('id'), load: pick('/v1/admin/risk/rules') },
  'POST /v1/admin/risk/model/train': { action: 'risk_model.train', entityType: 'risk_model', load: async (c) => c.read('/v1/admin/risk/model') },
  'POST /v1/admin/risk/rules/test': { notAudited: 'scores posted orders against posted rules; stores nothing' },
  // Compliance.
  'POST /v1/admin/registrations': { action: 'registration.create', entityType: 'registration', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'DELETE /v1/admin/registrations/:id': { action: 'registration.delete', entityType: 'registration', id: param('id'), load: pick('/v1/admin/registrations') },
  'POST /v1/admin/restrictions/licences': { action: 'licence.create', entityType: 'licence', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'DELETE /v1/admin/restrictions/licences/:id': { action: 'licence.delete', entityType: 'licence', id: param('id'), load: pick('/v1/admin/restrictions/licences') },
  // Buyer emails.
  'POST /v1/admin/emails/:id/resend': { action: 'email.resend', entityType: 'email', id: param('id'), afterFromAnswer: (a) => a },
  'PUT /v1/admin/email-templates/:locale/:key': { action: 'email_template.put', entityType: 'email_template', id: (c) => `${c.params.locale}/${c.params.key}`, load: emailTemplate },
  'DELETE /v1/admin/email-templates/:locale/:key': { action: 'email_template.reset', entityType: 'email_template', id: (c) => `${c.params.locale}/${c.params.key}`, load: emailTemplate },
  'POST /v1/admin/email-templates/preview': { notAudited: 'renders a message with posted wording; stores nothing' },
  // Support inbox.
  'POST /v1/admin/support/conversations/:id/replies': { action: 'support_conversation.reply', entityType: 'support_conversation', id: param('id'), load: conversation },
  'POST /v1/admin/support/conversations/:id/notes': { action: 'support_conversation.note', entityType: 'support_conversation', id: param('id'), load: conversation },
  'PATCH /v1/admin/support/conversations/:id': { action: 'support_conversation.update', entityType: 'support_conversation', id: param('id'), load: conversation },
  'POST /v1/admin/support/teams': { action: 'support_team.create', entityType: 'support_team', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'PATCH /v1/admin/support/teams/:id': { action: 'support_team.update', entityType: 'support_team', id: param('id'), load: pick('/v1/admin/support/teams') },
  'DELETE /v1/admin/support/teams/:id': { action: 'support_team.delete', entityType: 'support_team', id: param('id'), load: pick('/v1/admin/support/teams') },
  'PUT /v1/admin/support/saved-replies/:name/:locale': { action: 'saved_reply.put', entityType: 'saved_reply', id: (c) => `${c.params.name}/${c.params.locale}`, load: savedReply },
  'DELETE /v1/admin/support/saved-replies/:name/:locale': { action: 'saved_reply.delete', entityType: 'saved_reply', id: (c) => `${c.params.name}/${c.params.locale}`, load: savedReply },
  // Distributors: companies with their buyers and bank details, wholesale price lists.
  'POST /v1/admin/companies': { action: 'company.create', entityType: 'company', idFromAnswer: (a) => str(a.id), afterFromAnswer: (a) => a },
  'PATCH /v1/admin/companies/:id': { action: 'company.update', entityType: 'company', id: param('id'), load: get((id) => `/v1/admin/companies/${enc(id)}`) },
  'POST /v1/admin/companies/:id/buyers': { action: 'company.buyer_add', entityType: 'company', id: param('id'), load: get((id) => `/v1/admin/companies/${enc(id)}`) },
  'DELETE /v1/admin/companies/:id/buyers/:buyerId': { action: 'company.buyer_remove', entityType: 'company', id: param('id'), load: get((id) => `/v1/admin/companies/${enc(id)}`) },
  'PUT /v1/admin/price-lists/:code': { action: 'wholesale_price_list.put', entityType: 'wholesale_price_list', id: param('code'), load: get((code) => `/v1/admin/price-lists/${enc(code)}`) },
  // Distributor quotes: made, sent, accepted (pro forma issued), ordered, cancelled.
  'POST /v1/admin/quotes': { action: 'quote.create', entityType: 'quote', idFromAnswer: (a) => str(a.number), afterFromAnswer: (a) => a },
  'POST /v1/admin/quotes/:number/send': { action: 'quote.send', entityType: 'quote', id: param('number'), load: quote },
  'POST /v1/admin/quotes/:number/accept': { action: 'quote.accept', entityType: 'quote', id: param('number'), load: quote },
  'POST /v1/admin/quotes/:number/order': { action: 'quote.order', entityType: 'quote', id: param('number'), load: quote },
  'POST /v1/admin/quotes/:number/cancel': { action: 'quote.cancel', entityType: 'quote', id: param('number'), load: quote },
  // The store's bank account that distributors pay into (before and after).
  'PUT /v1/admin/store/bank-account': { action: 'store.bank_account_put', entityType: 'store', id: () => 'bank-account', load: async (c) => c.read('/v1/admin/store/bank-account') },
  // A distributor's bank transfer recorded against its order (the order before and after).
  'POST /v1/admin/orders/:number/bank-transfers': { action: 'order.bank_transfer', entityType: 'order', id: param('number'), load: order },
  // Market selection.
  'PUT /v1/admin/market-selection/profile': { action: 'market_selection_profile.put', entityType: 'market_selection_profile', load: async (c) => c.read('/v1/admin/market-selection/profile') },
  'POST /v1/admin/market-selection/ranking': { notAudited: 'ranks countries with a posted profile; stores nothing' },
  'POST /v1/admin/market-selection/composites': { notAudited: 'computes a composite index from posted weights; stores nothing' },
};

/** The entry for a route without one in AUDITED_ROUTES: the entity type from its path, the request body as "after". */
export function fallbackTarget(method: string, url: string): AuditTarget {
  const parts = url.replace(/^\/v1\/(admin\/)?/, '').split('/').filter((p) => p && !p.startsWith(':'));
  const entityType = (parts[0] ?? 'unknown').replace(/-/g, '_').replace(/s$/, '');
  const last = parts.length > 1 ? parts[parts.length - 1]!.replace(/-/g, '_') : undefined;
  const verb = last ?? ({ POST: 'create', PUT: 'put', PATCH: 'update', DELETE: 'delete' } as Record<string, string>)[method] ?? method.toLowerCase();
  const firstParam = url.split('/').find((p) => p.startsWith(':'))?.slice(1);
  return { action: `${entityType}.${verb}`, entityType, ...(firstParam ? { id: param(firstParam) } : {}), afterFromRequest: (c) => c.body ?? null };
}
