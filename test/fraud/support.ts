/** A clean, consistent German order for risk assessments; `patch` overrides top-level parts (add createdAt there). */
export function riskOrder(id: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    market: 'eu',
    currency: 'EUR',
    total: '89.90',
    items: [{ sku: 'TEE-1', title: 'Linen shirt', category: 'apparel', quantity: 1, unitPrice: '79.90' }],
    customer: { id: `c-${id}`, email: `anna.schmidt.${id}@example.de`, name: 'Anna Schmidt', createdAt: '2025-01-10T09:00:00Z', phone: '+4915112345678' },
    billing: { name: 'Anna Schmidt', line1: 'Hauptstr. 5', city: 'Berlin', postalCode: '10115', country: 'DE' },
    shipping: { name: 'Anna Schmidt', line1: 'Hauptstr. 5', city: 'Berlin', postalCode: '10115', country: 'DE', service: 'standard' },
    payment: { method: 'card', card: { bin: '415231', last4: '4242', issuerCountry: 'DE', fingerprint: `fp-${id}`, funding: 'credit' }, attempt: 1, declinedBefore: 0, avsResult: 'match', cvcResult: 'match' },
    ip: { address: '91.64.12.3', country: 'DE', isProxy: false, isHosting: false },
    device: { id: `dev-${id}`, language: 'de-DE', timezone: 'Europe/Berlin', userAgent: 'Mozilla/5.0' },
    session: { secondsOnSite: 420, pagesViewed: 9 },
    ...patch,
  };
}
