import { html, type SafeHtml } from './html.js';

/** The document shell shared by server-rendered pages: landmarks, language and direction, no script. */
export function renderLayout(page: { lang: string; dir?: 'ltr' | 'rtl'; title: string; header: SafeHtml; main: SafeHtml; footer: SafeHtml }): string {
  return `<!doctype html>\n${html`<html lang="${page.lang}" dir="${page.dir ?? 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1d232a; line-height: 1.5; }
  header, main, footer { padding: 1rem max(1rem, calc(50vw - 32rem)); }
  header { background: #0f3d3e; color: #fff; }
  header a { color: inherit; }
  footer { color: #5b6570; border-top: 1px solid #dde2e6; }
  code { background: #f1f3f5; padding: 0 .25rem; }
</style>
</head>
<body>
<header>${page.header}</header>
<main id="main">${page.main}</main>
<footer>${page.footer}</footer>
</body>
</html>`.value}\n`;
}
