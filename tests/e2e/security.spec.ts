/**
 * What keeps the local web mode safe, as seen from outside: the API answers only with the run's
 * token and only to its own origin; a tab without the token says so (once, on a full page); and a
 * hostile page imported as a document runs nothing and shows as text.
 */
import { expect, test } from './fixtures';
import { ARTICLE_HTML } from './files/documents';
import { shownLines } from './helpers';
import { importOnly, watchErrors } from './helpers-extra';

/** A page that tries everything it can to run something once it is shown. */
const HOSTILE_HTML = `<!doctype html>
<html><head><title>Harbour fire &lt;img src=x onerror=alert('title')&gt; damages warehouses</title>
<script>window.__pwned = 'head script'; alert('head script');</script>
<meta http-equiv="refresh" content="0;url=javascript:alert('refresh')">
</head>
<body onload="window.__pwned = 'body onload'; alert('body onload')">
<article>
<h1>Harbour fire damages warehouses</h1>
<p>A fire broke out at the harbour warehouses late on Sunday, the city fire brigade said, and burned for six hours before it was brought under control.<img src="x" onerror="window.__pwned = 'img onerror'; alert('img onerror')"></p>
<p>Investigators wrote &lt;img src=x onerror=alert('escaped')&gt; on the whiteboard to show how the alarm system had been tricked.<svg onload="window.__pwned = 'svg onload'"><script>window.__pwned = 'svg script'</script></svg></p>
<p>Three warehouses were damaged and one was destroyed, according to the harbour authority, which put the losses at several million euros.<a href="javascript:window.__pwned = 'link'">details</a></p>
<p>The cause of the fire is still under investigation, a spokeswoman for the police said on Monday.<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe></p>
<script>window.__pwned = 'body script'; alert('body script');</script>
</article>
</body></html>`;

interface Refusal {
  ok: false;
  error: { code: string; message: string };
}

test('the API refuses a request without the token (401) and one from another origin (403)', async ({ copydesk }) => {
  const post = (operation: string, headers: Record<string, string>, body: unknown = {}) =>
    fetch(`${copydesk.origin}/api/${operation}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const data = Buffer.from('Planted story\nThis should never be stored.').toString('base64');

  // No token, a wrong token: 401, and nothing is written.
  const badCredentials: Array<Record<string, string>> = [{}, { authorization: 'Bearer not-the-token' }, { authorization: copydesk.token }];
  for (const headers of badCredentials) {
    const response = await post('documents:import', headers, { name: 'planted.txt', data });
    expect(response.status).toBe(401);
    const body = (await response.json()) as Refusal;
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('unauthorized');
  }
  // The token in the query string (as the page address carries it) is not an API credential either.
  expect((await fetch(`${copydesk.origin}/api/documents:list?token=${copydesk.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);

  // The right token from another site's page: 403, and nothing is written.
  const auth = { authorization: `Bearer ${copydesk.token}` };
  for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${Number(new URL(copydesk.origin).port) + 1}`]) {
    const response = await post('documents:import', { ...auth, origin }, { name: 'planted.txt', data });
    expect(response.status, `Origin: ${origin}`).toBe(403);
    expect(((await response.json()) as Refusal).error.message).toBe('Requests from other sites are refused.');
  }
  // A browser's cross-site fetch metadata is refused too.
  expect((await post('documents:list', { ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);

  // The same request with the token and no foreign origin is answered: the library is still empty.
  const answer = await post('documents:list', auth);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ ok: true, value: [] });
});

test('a tab opened without the access key says so, with no error toasts', async ({ browser, copydesk }) => {
  // A fresh browser (no session storage, no other Copydesk tab to share the key).
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const apiAnswers: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) apiAnswers.push(response.status());
    });
    await page.goto(`${copydesk.origin}/#/claims`);
    const message = page.getByRole('alert');
    await expect(message).toContainText('This tab has no access key.');
    await expect(message).toContainText('?token=');
    await expect(page).toHaveTitle('No access · Copydesk');
    // One page that explains, not the app with an error per request.
    await expect(page.locator('.toast')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('main', { name: 'Claims' })).toHaveCount(0);
    expect(apiAnswers.length).toBeGreaterThan(0);
    expect(apiAnswers.every((status) => status === 401)).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('an imported page with scripts and event handlers runs nothing and shows as text', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = await importOnly(copydesk, 'harbour-fire.html', HOSTILE_HTML);
  const article = await importOnly(copydesk, 'parasite.html', ARTICLE_HTML);
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  // In the library (titles and search snippets).
  await page.goto(copydesk.url);
  const library = page.getByRole('main', { name: 'Library' });
  await expect(library).toContainText('2 documents');
  // The access key does not stay in the address bar (history, screenshots).
  expect(page.url()).not.toContain('token=');
  await page.getByLabel('Search documents').fill('whiteboard');
  await expect(library).toContainText('1 of 2 documents match');

  // In the review workspace: the article's paragraphs are shown, each on a line of its own.
  const firstParagraph = {
    [hostile]: 'A fire broke out at the harbour warehouses late on Sunday, the city fire brigade said, and burned for six hours before it was brought under control.',
    [article]: 'Researchers at the University of Basel have identified a previously unknown parasite in brown trout caught in the Rhine, they said in a study published on Tuesday.',
  };
  for (const id of [hostile, article]) {
    await page.goto(`${copydesk.url}#/doc/${id}`);
    const text = page.locator('.ProseMirror');
    await text.waitFor();
    await expect(text).toBeVisible();
    await expect.poll(() => shownLines(page)).toContain(firstParagraph[id]);
    // Nothing but text: no element from the page made it into the document.
    expect(await text.locator('img, svg, script, iframe, a, object, embed, style, link, meta').count()).toBe(0);
    const handlers = await text.evaluate((root) =>
      Array.from(root.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on') || n === 'srcdoc')),
    );
    expect(handlers).toEqual([]);
    await expect(text).not.toContainText('__pwned');
  }
  // The hostile page's words, the escaped markup among them, are shown as the words they are.
  await page.goto(`${copydesk.url}#/doc/${hostile}`);
  const text = page.locator('.ProseMirror');
  await expect(text).toContainText("Investigators wrote <img src=x onerror=alert('escaped')> on the whiteboard");
  await expect(text).toContainText('Three warehouses were damaged');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbour fire');
  const stored = await copydesk.api<{ text: string; title: string }>('documents:get', { id: hostile });
  // Script bodies and handler code are not text of the document.
  for (const code of ['__pwned', 'head script', 'body script', 'img onerror', 'body onload', 'javascript:']) expect(stored.text).not.toContain(code);

  // The review report (HTML, opened in a browser) carries the page's words escaped, never as markup.
  const [report] = await copydesk.api<Array<{ name: string; content: string }>>('export:document', { id: hostile, format: 'report' });
  expect(report.content).not.toMatch(/<(img|script|svg|iframe)\b/i);
  expect(report.content).toContain('&lt;img src=x onerror=');
  expect(report.content).toContain('Investigators wrote');

  // Give anything that could have fired (an image error, a load event) the moment it needs.
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await pwned()).toBeUndefined();
  expect(errors).toEqual([]);
});
