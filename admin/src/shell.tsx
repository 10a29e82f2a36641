import { lazy, Suspense, type ReactNode } from 'react';
import type { Api } from './api.js';
import { ProductEditor } from './product-editor.js';
import { ProductsPage } from './products-page.js';
import { BASE, usePath } from './router.js';
import { Link } from './ui.js';

// The catalog opens the admin and comes with it; every other screen is fetched the first time it is shown.
const DashboardPage = lazy(() => import('./dashboard-page.js').then((m) => ({ default: m.DashboardPage })));
const ReportsPage = lazy(() => import('./reports-page.js').then((m) => ({ default: m.ReportsPage })));
const OrdersPage = lazy(() => import('./orders-page.js').then((m) => ({ default: m.OrdersPage })));
const OrderPage = lazy(() => import('./order-page.js').then((m) => ({ default: m.OrderPage })));
const InventoryPage = lazy(() => import('./inventory-page.js').then((m) => ({ default: m.InventoryPage })));
const MarketsPage = lazy(() => import('./markets-page.js').then((m) => ({ default: m.MarketsPage })));
const RulesPage = lazy(() => import('./rules-page.js').then((m) => ({ default: m.RulesPage })));
const WebhooksPage = lazy(() => import('./webhooks-page.js').then((m) => ({ default: m.WebhooksPage })));
const ImportsPage = lazy(() => import('./imports-page.js').then((m) => ({ default: m.ImportsPage })));
const RiskPage = lazy(() => import('./risk-page.js').then((m) => ({ default: m.RiskPage })));
const CompliancePage = lazy(() => import('./compliance-page.js').then((m) => ({ default: m.CompliancePage })));
const MarketSelectionPage = lazy(() => import('./market-selection-page.js').then((m) => ({ default: m.MarketSelectionPage })));
const ReturnsPage = lazy(() => import('./returns-page.js').then((m) => ({ default: m.ReturnsPage })));
const AuditPage = lazy(() => import('./audit-page.js').then((m) => ({ default: m.AuditPage })));
const EmailsPage = lazy(() => import('./emails-page.js').then((m) => ({ default: m.EmailsPage })));
const SupportPage = lazy(() => import('./support-page.js').then((m) => ({ default: m.SupportPage })));
const CompaniesPage = lazy(() => import('./companies-page.js').then((m) => ({ default: m.CompaniesPage })));
const QuotesPage = lazy(() => import('./quotes-page.js').then((m) => ({ default: m.QuotesPage })));
const ChannelsPage = lazy(() => import('./channels-page.js').then((m) => ({ default: m.ChannelsPage })));
const MarketplaceOrdersPage = lazy(() => import('./marketplace-orders-page.js').then((m) => ({ default: m.MarketplaceOrdersPage })));

/** The screens, in the order of the main navigation. /admin itself opens the catalog. */
const SECTIONS = [
  { path: 'dashboard', label: 'Dashboard' },
  { path: 'reports', label: 'Reports' },
  { path: 'orders', label: 'Orders' },
  { path: 'returns', label: 'Returns' },
  { path: 'support', label: 'Support' },
  { path: 'companies', label: 'Distributors' },
  { path: 'quotes', label: 'Quotes' },
  { path: 'emails', label: 'Emails' },
  { path: 'risk', label: 'Risk' },
  { path: 'compliance', label: 'Compliance' },
  { path: 'products', label: 'Products' },
  { path: 'inventory', label: 'Warehouses and stock' },
  { path: 'markets', label: 'Markets' },
  { path: 'market-selection', label: 'Market selection' },
  { path: 'channels', label: 'Channel feeds' },
  { path: 'rules', label: 'Rules' },
  { path: 'webhooks', label: 'Webhooks' },
  { path: 'imports', label: 'Data imports' },
  { path: 'audit', label: 'Audit log' },
] as const;

function screenFor(api: Api, path: string): ReactNode {
  const parts = path.replace(/^\/admin\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id] = parts;
  if (parts.length > 2) return <NotFound path={path} />;
  switch (section) {
    case undefined:
    case 'products':
      return id ? <ProductEditor api={api} id={id} /> : <ProductsPage api={api} />;
    case 'dashboard':
      return id ? <NotFound path={path} /> : <DashboardPage api={api} />;
    case 'reports':
      return <ReportsPage api={api} view={id} />;
    case 'orders':
      return id ? <OrderPage key={id} api={api} number={id} /> : <OrdersPage api={api} />;
    case 'returns':
      return <ReturnsPage id={id} />;
    case 'support':
      return <SupportPage id={id} />;
    case 'companies':
      return <CompaniesPage id={id} />;
    case 'quotes':
      return <QuotesPage number={id} />;
    case 'emails':
      return id ? <NotFound path={path} /> : <EmailsPage />;
    case 'inventory':
      return id ? <NotFound path={path} /> : <InventoryPage api={api} />;
    case 'markets':
      return <MarketsPage api={api} editing={id} />;
    case 'rules':
      return id ? <NotFound path={path} /> : <RulesPage api={api} />;
    case 'webhooks':
      return id ? <NotFound path={path} /> : <WebhooksPage api={api} />;
    case 'imports':
      return id ? <NotFound path={path} /> : <ImportsPage api={api} />;
    case 'risk':
      return id ? <NotFound path={path} /> : <RiskPage api={api} />;
    case 'compliance':
      return id ? <NotFound path={path} /> : <CompliancePage api={api} />;
    case 'audit':
      return id ? <NotFound path={path} /> : <AuditPage />;
    case 'channels':
      if (id === 'orders') return <MarketplaceOrdersPage />;
      return id ? <NotFound path={path} /> : <ChannelsPage api={api} />;
    case 'market-selection':
      return id ? <NotFound path={path} /> : <MarketSelectionPage api={api} />;
    default:
      return <NotFound path={path} />;
  }
}

function NotFound({ path }: { path: string }) {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        The admin has no page at <code>{path}</code>. <Link to={`${BASE}/products`}>Go to the products</Link>.
      </p>
    </section>
  );
}

/** The signed-in admin: the main navigation (the current screen marked) and the screen for the address. */
export function Shell({ api, onSignOut }: { api: Api; onSignOut: () => void }) {
  const path = usePath();
  const section = path.replace(/^\/admin\/?/, '').split('/')[0] || 'products';
  return (
    <>
      <a href="#main" className="skip">
        Skip to the content
      </a>
      <header className="bar">
        <strong>Landfall admin</strong>
        <nav aria-label="Main">
          {SECTIONS.map((s) => (
            <Link key={s.path} to={`${BASE}/${s.path}`} current={section === s.path}>
              {s.label}
            </Link>
          ))}
          <a href="/docs">API reference</a>
        </nav>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>{screenFor(api, path)}</Suspense>
      </main>
    </>
  );
}
