import { html } from '../html.js';
import { renderLayout } from '../layout.js';

/**
 * The admin entry page before the admin app is built: how an operator reaches the admin API with
 * the key shown at first start, and how to build the app.
 */
export function renderAdminPage(view: { storeName: string | undefined; publicUrl: string; notBuilt?: boolean }): string {
  const name = view.storeName ?? 'Landfall';
  return renderLayout({
    lang: 'en',
    title: `${name} · Admin`,
    header: html`<strong>${name}</strong> · Admin`,
    main: html`<h1>Admin</h1>
${view.notBuilt ? html`<p role="status">The admin app is not built on this server: run <code>npm run build</code> (or <code>npm start</code>, which builds it), then reload.</p>` : ''}
<p>Admin operations take the API key printed when the store was first started, sent as
<code>Authorization: Bearer lf_…</code>.</p>
<ul>
  <li><a href="/docs">API reference</a> (try requests from the browser with your key)</li>
  <li>List keys: <code>curl -H "Authorization: Bearer $LANDFALL_API_KEY" ${view.publicUrl}/v1/admin/api-keys</code></li>
  <li>Lost the key? <code>npx landfall keys create --name ops --scope admin</code> on the server makes another.</li>
</ul>`,
    footer: html`<a href="/">Storefront</a>`,
  });
}
