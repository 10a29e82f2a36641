import { html } from '../html.js';
import { renderLayout } from '../layout.js';

export type HomePageView = { storeName: string; baseCurrency: string; originCountry: string } | undefined;

/** The storefront's front door. Without a store (not seeded yet) it says how to set one up. */
export function renderHomePage(store: HomePageView): string {
  if (!store) {
    return renderLayout({
      lang: 'en',
      title: 'Landfall',
      header: html`<strong>Landfall</strong>`,
      main: html`<h1>No store yet</h1><p>Run <code>npx landfall seed</code> to create the demo store.</p>`,
      footer: html`<a href="/docs">API documentation</a>`,
    });
  }
  return renderLayout({
    lang: 'en',
    title: store.storeName,
    header: html`<a href="/"><strong>${store.storeName}</strong></a>`,
    main: html`<h1>${store.storeName}</h1>
<p>Made in ${store.originCountry}, shipped worldwide with duties and taxes shown before you pay.</p>`,
    footer: html`<nav aria-label="Site"><a href="/docs">API documentation</a> · <a href="/admin">Admin</a></nav>`,
  });
}
