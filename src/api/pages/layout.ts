/** The frame every server-rendered page shares: head, navigation and a footer with the dataset version. */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export function layout(opts: { title: string; head?: Html; body: Html; datasetVersion: string; engineVersion: string }) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} — Precedents</title>
<link rel="stylesheet" href="/pages.css">
${opts.head ?? raw('')}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Main"><a href="/">Explorer</a> <a href="/compare">Compare</a> <a href="/list">List</a> <a href="/about">About</a> <a href="/api/v1/reference">API</a></nav></header>
<main id="main">
${opts.body}
</main>
<footer>Precedents · dataset version <code>${opts.datasetVersion}</code> · engine ${opts.engineVersion}</footer>
</body>
</html>`;
}
