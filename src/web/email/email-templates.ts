import type { EmailView, QuoteEmailView } from '../../core/notifications/email-view.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { argumentsOf, BASE_LOCALE, type Catalogs } from '../i18n/catalogs.js';

/** The longest wording a merchant may give one message. */
export const MAX_TEMPLATE_CHARS = 5000;

/** The email messages a merchant may reword: every `email.*` key of the base catalog, sorted. */
export function emailMessageKeys(catalogs: Catalogs): string[] {
  return Object.keys(catalogs.get(BASE_LOCALE)!.messages)
    .filter((k) => k.startsWith('email.'))
    .sort();
}

export type TemplateMessage = { key: string; shipped: string; override: string | null; arguments: string[] };

/** Each email message of a language: the shipped text, the merchant's if any, and the arguments it may use. */
export function templateMessages(catalogs: Catalogs, locale: string, overrides: ReadonlyMap<string, string>): TemplateMessage[] {
  const catalog = catalogs.get(locale)!;
  const base = catalogs.get(BASE_LOCALE)!;
  return emailMessageKeys(catalogs).map((key) => ({
    key,
    shipped: catalog.messages[key] ?? base.messages[key]!,
    override: overrides.get(key) ?? null,
    arguments: argumentsOf(base.messages[key]!, BASE_LOCALE),
  }));
}

/**
 * Check a merchant's wording: a language with a catalog, an `email.*` key, ICU text that parses,
 * uses only the arguments the message is given (a made-up {name} would fail at sending), and holds
 * no control characters. Returns the text to keep.
 */
export function checkEmailOverride(catalogs: Catalogs, locale: string, key: string, message: unknown): Result<string, 'VALIDATION_FAILED'> {
  if (!catalogs.has(locale)) return fail('VALIDATION_FAILED', `no storefront language ${locale}; one of ${[...catalogs.keys()].join(', ')}`, { field: 'locale' });
  const baseText = catalogs.get(BASE_LOCALE)!.messages[key];
  if (!key.startsWith('email.') || baseText === undefined) return fail('VALIDATION_FAILED', `${key} is not an email message`, { field: 'key' });
  if (typeof message !== 'string' || message.trim() === '' || message.length > MAX_TEMPLATE_CHARS) return fail('VALIDATION_FAILED', `must be text of 1 to ${MAX_TEMPLATE_CHARS} characters`, { field: 'message' });
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(message)) return fail('VALIDATION_FAILED', 'must not hold control characters (line breaks are fine)', { field: 'message' });
  let used: string[];
  try {
    used = argumentsOf(message, locale);
  } catch (e) {
    return fail('VALIDATION_FAILED', `is not a valid ICU message: ${(e as Error).message}`, { field: 'message' });
  }
  const allowed = argumentsOf(baseText, BASE_LOCALE);
  const unknown = used.filter((a) => !allowed.includes(a));
  if (unknown.length > 0) return fail('VALIDATION_FAILED', `uses ${unknown.map((a) => `{${a}}`).join(', ')}, which this message is not given; it may use ${allowed.length > 0 ? allowed.map((a) => `{${a}}`).join(', ') : 'no arguments'}`, { field: 'message' });
  return ok(message);
}

/** A made-up order for previewing an email before any real one exists (a German buyer, two parcels, DDP); for a quote's email, a made-up quote. */
export function sampleEmailView(kind: string, locale: string, country: string, storeName: string, publicUrl: string): EmailView | QuoteEmailView {
  const eur = (amount: string) => ({ amount, currency: 'EUR' });
  if (kind === 'quote_sent') {
    return {
      kind: 'quote_sent',
      locale,
      country,
      store: { name: storeName },
      to: 'buying@distributor.example',
      quote: { number: 'Q-1001', company: 'Kaffeehaus Nord GmbH', incoterm: 'CIF Hamburg, DE (Incoterms® 2020)', price: eur('2680.00'), landed: eur('3293.42'), validUntil: '2026-12-27', link: `${publicUrl.replace(/\/+$/, '')}/quotes/Q-1001?t=sample` },
    };
  }
  return {
    kind,
    locale,
    country,
    store: { name: storeName },
    publicUrl,
    to: 'buyer@example.com',
    order: {
      number: 'LF-100420',
      createdAt: '2026-11-20T10:15:00.000Z',
      incoterm: 'DDP',
      paid: true,
      lines: [
        { title: 'Linen tee, M', quantity: 2, goods: eur('58.00') },
        { title: 'Tea set, stoneware', quantity: 1, goods: eur('64.00') },
      ],
      totals: { goods: eur('122.00'), discount: eur('0.00'), shipping: eur('12.90'), duties: eur('4.88'), taxes: eur('23.18'), fees: eur('0.00'), total: eur('162.96'), dueOnDelivery: eur('0.00') },
      parcelCount: 2,
    },
    parcel: { position: 1, carrier: 'test', trackingNumber: 'RR123456785NL', lines: [{ title: 'Linen tee, M', quantity: 2 }], window: { from: '2026-11-24', to: '2026-11-27' }, deliveredAt: '2026-11-26T14:02:00.000Z', amountDue: null },
    returnLabel: { carrier: 'test', trackingNumber: 'RR987654321NL' },
    refund: { amount: eur('29.00'), parts: [{ part: 'goods', amount: eur('29.00') }] },
  };
}
