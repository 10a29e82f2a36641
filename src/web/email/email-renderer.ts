import { isQuoteEmailView, type EmailRenderer, type SupportReplyRenderer } from '../../core/notifications/email-view.js';
import { loadCatalogs, type Catalogs } from '../i18n/catalogs.js';
import { createI18n, pickCatalogLocale } from '../i18n/translator.js';
import { renderEmail, renderSupportReply } from './render-email.js';
import { renderQuoteEmail } from './render-quote-email.js';

/**
 * Word buyers' emails from the storefront's catalogs (src/data/i18n), each language's `email.*`
 * messages replaced by the merchant's own where it wrote them. Translators are built once per
 * distinct wording and kept (a bounded cache), so a batch of emails compiles each message once.
 */
export function createEmailRenderer(catalogs: Catalogs = loadCatalogs()): EmailRenderer {
  const shipped = createI18n(catalogs);
  const withOverrides = new Map<string, ReturnType<typeof createI18n>>();
  return (view, overrides) => {
    const uiLocale = pickCatalogLocale(catalogs, view.locale);
    const own = overrides.get(uiLocale);
    let i18n = shipped;
    if (own && own.size > 0) {
      const key = `${uiLocale}\u0000${JSON.stringify([...own].sort(([a], [b]) => (a < b ? -1 : 1)))}`;
      let made = withOverrides.get(key);
      if (!made) {
        const base = catalogs.get(uiLocale)!;
        const merged = new Map(catalogs);
        merged.set(uiLocale, { locale: base.locale, messages: { ...base.messages, ...Object.fromEntries(own) } });
        made = createI18n(merged);
        if (withOverrides.size >= 100) withOverrides.clear();
        withOverrides.set(key, made);
      }
      i18n = made;
    }
    const t = i18n.translator(view.locale, view.country);
    return isQuoteEmailView(view) ? renderQuoteEmail(view, t) : renderEmail(view, t);
  };
}

/** Word support replies' frame (the quote's heading) in the conversation's language. */
export function createReplyRenderer(catalogs: Catalogs = loadCatalogs()): SupportReplyRenderer {
  const i18n = createI18n(catalogs);
  return (view) => renderSupportReply(view, i18n.translator(view.locale, view.country ?? undefined));
}
