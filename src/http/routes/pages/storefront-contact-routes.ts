import type { FastifyRequest } from 'fastify';
import { CONTACT_LIMITS, contactErrorKey, EMPTY_CONTACT, renderContactPage, type ContactForm } from '../../../web/storefront/render-contact-page.js';
import { paths } from '../../../web/storefront/urls.js';
import type { RouteRegistrar } from '../../route.js';
import { receiveContactMessage } from '../support/support.js';
import { registerFormParser } from './storefront-forms.js';
import { createPageKit, type KitOptions, type R } from './storefront-page-kit.js';

/**
 * The storefront's contact form (docs/support.md): a plain GET page and POST form in the buyer's
 * language, posted only from this site (403 otherwise), into the support inbox as a message of
 * the market, in the page's language. A refused field is marked on the page again with what was
 * typed; a sent message goes back to the page (303) with a thank-you. A filled hidden field (what
 * form-filling robots do) is thanked and dropped.
 */
export const storefrontContactRoutes =
  (options: KitOptions): RouteRegistrar =>
  (app, deps) => {
    void app.register(async (scope) => {
      registerFormParser(scope);
      const kit = createPageKit(options, deps);

      scope.get<R>('/:market/contact', { schema: { hide: true } }, kit.handle(async (request: FastifyRequest<R>, reply, m) => {
        const ctx = await kit.contextFor(m, '/contact');
        return kit.send(reply, 200, renderContactPage(ctx, { form: EMPTY_CONTACT, sent: request.query.sent === '1' }));
      }));

      scope.post<R>('/:market/contact', { schema: { hide: true } }, kit.handle(async (request, reply, m) => {
        const form = await kit.formOf(request, reply, m, ['name', 'email', 'order', 'subject', 'message', 'website']);
        if (!form) return reply;
        const typed = Object.fromEntries((Object.keys(EMPTY_CONTACT) as Array<keyof ContactForm>).map((k) => [k, (form.fields.get(k) ?? '').slice(0, CONTACT_LIMITS[k])])) as ContactForm;
        if ((form.fields.get('website') ?? '') !== '') return kit.seeOther(reply, `${paths.contact(m.segment)}?sent=1`);
        const ctx = await kit.contextFor(m, '/contact');
        const errors: Record<string, string> = {};
        if ((form.fields.get('name') ?? '').length > CONTACT_LIMITS.name) errors.name = 'contact.error.name';
        if ((form.fields.get('subject') ?? '').length > CONTACT_LIMITS.subject) errors.subject = 'contact.error.subject';
        if (Object.keys(errors).length === 0) {
          const r = await receiveContactMessage(deps, { email: typed.email, name: typed.name, subject: typed.subject, message: form.fields.get('message') ?? '', ...(typed.order.trim() ? { order: typed.order } : {}), locale: ctx.t.uiLocale, market: m.market.id });
          if (r.ok) return kit.seeOther(reply, `${paths.contact(m.segment)}?sent=1`);
          for (const d of r.details ?? [{ field: r.field ?? '', message: r.message }]) {
            const key = contactErrorKey(d.field);
            if (key) errors[key] = `contact.error.${key}`;
          }
          if (Object.keys(errors).length === 0) errors.message = 'contact.error.message';
        }
        return kit.send(reply, 400, renderContactPage(ctx, { form: typed, errors }));
      }));
    });
  };
