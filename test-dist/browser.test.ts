import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium && process.env.CI)
  throw new Error('CI needs Debian chromium at /usr/bin/chromium (.ci/run installs it)');

// Without a bundler: an import map for the library and its one peer dependency, zod.
const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>career-plan in a browser</title>
<script type="importmap">
{ "imports": { "career-plan": "/dist/index.js", "career-plan/export": "/dist/export/index.js",
  "zod": "/node_modules/zod/index.js" } }
</script>
</head><body><pre id="out"></pre>
<script type="module">
import * as cp from 'career-plan';
import { toICalendar, toMarkdown } from 'career-plan/export';
try {
  let plan = cp.createPlan({ owner: { id: 'alex', name: 'Alex' } });
  plan = cp.addAssessment(plan, { kind: 'interests', instrument: 'O*NET Interest Profiler', takenAt: '2026-01-06' });
  plan = cp.addCareerOption(plan, { id: 'o1', title: 'Computer User Support ' +
    'Specialist', socCode: '15-1232.00', research: { outlook: 'Good' } });
  plan = cp.transition(plan, 'exploration');
  plan = cp.transition(plan, 'match');
  plan = cp.decide(plan, { chosenOptionId: 'o1', rationale: 'Fits' });
  plan = cp.transition(plan, 'action-plan');
  plan = cp.transition(plan, 'exploration', { reason: 'One more interview' });
  plan = cp.transition(plan, 'action-plan');
  plan = cp.addGoal(plan, { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short',
    strategies: [{ id: 's1', title: 'Enroll', dueDate: '2026-02-15' }] });
  plan = cp.updateGoal(plan, 'g1', { priority: 'high' });
  plan = cp.undo(plan);
  const loaded = cp.deserialize(cp.serialize(plan));
  window.__result = {
    stage: loaded.stage,
    revisions: cp.revisions(loaded).length,
    lastRevision: cp.describeRevision(cp.revisions(loaded).at(-1)),
    priority: loaded.goals[0].priority,
    idLooksRandom: /^[0-9a-f-]{36}$/.test(loaded.id),
    markdownTitle: toMarkdown(loaded).split('\\n')[0],
    calendar: toICalendar(loaded).includes('BEGIN:VTODO'),
  };
} catch (error) {
  window.__result = { error: String(error && error.stack || error) };
}
document.getElementById('out').textContent = JSON.stringify(window.__result, null, 2);
</script></body></html>`;

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.map': 'application/json',
};
let server: Server;
let browser: Browser | undefined;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      return;
    }
    const allowed = ['/dist/', '/node_modules/zod/'].some((prefix) => path.startsWith(prefix));
    const file = join(root, path);
    if (!allowed || !file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (hasChromium) {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

describe.skipIf(!hasChromium)('in a browser (headless Chromium)', () => {
  it('the built ESM bundle, with zod, runs the quickstart scenario', async () => {
    const tab = await (browser as Browser).newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, {
      timeout: 30_000,
    });
    const result = await tab.evaluate(() => (window as unknown as { __result: unknown }).__result);
    expect(errors).toEqual([]);
    expect(result).toEqual({
      stage: 'action-plan',
      revisions: 11,
      lastRevision: "Alex undid a change (updated the goal 'Get certified')",
      priority: 'medium',
      idLooksRandom: true,
      markdownTitle: '# Career action plan',
      calendar: true,
    });
    await tab.close();
  });
});
