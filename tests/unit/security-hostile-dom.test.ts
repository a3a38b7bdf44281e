// Hostile and broken DOM, property-based: each adapter is fed mutated copies of its own saved
// pages (attributes gone, nodes moved, duplicated or removed, text emptied or 100k characters long,
// ids malformed, comments buried 50 deep) and random markup. Whatever the page does, the adapter
// must not throw into the observer, must never hand over a half-read comment, every comment it
// does hand over must pass the background's schema (or it would be silently lost), and every node
// it cannot read must be counted as skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../utils/adapters/facebook';
import { linkedinAdapter } from '../../utils/adapters/linkedin';
import type { PlatformAdapter, ReadResult } from '../../utils/adapters/types';
import { createCommentWatcher } from '../../utils/content/comment-watcher';
import { contentMessageSchema, observedCommentSchema } from '../../utils/messaging/protocol';
import type { ObservedComment } from '../../utils/model';

const FIXTURES = join(__dirname, '..', 'fixtures');
const RUNS_PER_FIXTURE = 15;
const HUGE = 100_000;

interface Sample {
  name: string;
  html: string;
  url: URL;
}

function samples(platform: string): Sample[] {
  const dir = join(FIXTURES, platform);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((name) => {
      const html = readFileSync(join(dir, name), 'utf8');
      const url = /^\s*url: (\S+)/im.exec(html)?.[1];
      if (!url) throw new Error(`${platform}/${name} names no url`);
      return { name, html, url: new URL(url) };
    });
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// --- what a hostile or broken page can do -------------------------------------------------------

// Hostile values are drawn by name and expanded when applied, so a failing case prints short.
const TEXTS: Record<string, string> = {
  empty: '',
  blank: '   ',
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  huge: 'x'.repeat(HUGE),
  hugeWords: 'long words '.repeat(HUGE / 11),
  controls: '\u202e\u0000\ufeff',
  emoji: '☕'.repeat(5_000),
};

/** Values a broken or hostile page may put where an id, a link or a label belongs. */
const ATTR_VALUES: Record<string, string> = {
  empty: '',
  abc: 'abc',
  js: 'javascript:alert(1)',
  fbIdAbc: 'https://www.facebook.com/x?comment_id=abc',
  fbId400: `https://www.facebook.com/permalink.php?story_fbid=1&id=2&comment_id=${'9'.repeat(400)}`,
  fbReplyJunk: 'https://www.facebook.com/permalink.php?story_fbid=1&id=2&comment_id=12&reply_comment_id=--',
  fbHugeB64: `https://www.facebook.com/jane?comment_id=${'A'.repeat(HUGE)}`,
  fbHugeHref: `https://www.facebook.com/permalink.php?story_fbid=1&id=61550000000001&comment_id=5&x=${'y'.repeat(HUGE)}`,
  urnGarbage: 'urn:li:comment:(garbage)',
  urnEmpty: 'urn:li:comment:(activity:,)',
  urnId40: `urn:li:comment:(activity:7510262022145234567,${'9'.repeat(40)})`,
  urnId400: `urn:li:comment:(activity:1,${'1'.repeat(400)})`,
  sduiId30: `replaceableComment_urn:li:comment:(urn:li:activity:1,${'7'.repeat(30)})`,
  labelBare: 'Comment by ',
  labelHuge: `Comment by ${'x'.repeat(HUGE)}`,
  huge: 'x'.repeat(HUGE),
  nul: '\u0000',
};
const PLAIN_VALUES = [
  'article', 'button', 'dialog', 'complementary', 'textbox', 'Comment by Jane Doe 2 hours ago', 'Reply by Acme Coffee to Jane’s comment',
  'https://www.facebook.com/permalink.php?story_fbid=1&id=61550000000001&comment_id=111', 'https://www.facebook.com/jane.doe',
  'https://www.linkedin.com/in/jane/', 'https://www.linkedin.com/company/acme-coffee/', 'urn:li:comment:(activity:7510262022145234567,7510263000000000001)',
  'replaceableComment_urn:li:comment:(urn:li:activity:7510262022145234567,7510263000000000002)', 'en', 'auto', 'true',
  'comments-comment-item__main-content', 'comments-post-meta__name-text', '2026-09-28T10:00:00Z', '3d', 'Author', 'Comment as Acme Coffee',
];
const hostileText = fc.constantFrom(...Object.keys(TEXTS));
const hostileAttr = fc.constantFrom(...Object.keys(ATTR_VALUES));
/** `{{name}}` in generated markup stands for a hostile value. */
const expand = (html: string) => html.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (ATTR_VALUES[k] ?? TEXTS[k] ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'));

type Mutation =
  | { kind: 'remove-attribute' | 'remove-node' | 'duplicate' | 'move-first' | 'swap-with-next' | 'nest-50'; at: number; pick: number }
  | { kind: 'set-text'; at: number; text: string }
  | { kind: 'set-attribute'; at: number; pick: number; value: string }
  | { kind: 'malform-id'; at: number; value: string }
  | { kind: 'insert-markup'; at: number; html: string };

const ID_BEARING = '[href*="comment_id"],[data-id],[componentkey],[data-commentid],time[datetime]';
const ATTRS = ['role', 'aria-label', 'href', 'lang', 'dir', 'data-id', 'componentkey', 'data-commentid', 'class', 'datetime', 'aria-hidden', 'aria-posinset'];

/** Random markup built from the pieces the adapters look for, so it reaches their code paths. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText.map((k) => `{{${k}}}`),
    fc.string({ maxLength: 20 }).map((t) => t.replace(/[<&]/g, ' ')),
    fc
      .record({
        tag: fc.constantFrom('div', 'span', 'a', 'p', 'time', 'article', 'img', 'button', 'ul', 'li', 'main', 'h1'),
        attrs: fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(hostileAttr.map((k) => `{{${k}}}`), fc.constantFrom(...PLAIN_VALUES))), { maxLength: 4 }),
        children: fc.array(tie('node'), { maxLength: 4 }),
      })
      .map(({ tag, attrs, children }) => {
        const a = attrs.map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
        return tag === 'img' ? `<img${a}>` : `<${tag}${a}>${children.join('')}</${tag}>`;
      }),
  ),
})).node;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('remove-attribute', 'remove-node', 'duplicate', 'move-first', 'swap-with-next', 'nest-50'), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('set-text'), at: fc.nat(), text: hostileText }),
  fc.record({ kind: fc.constant('set-attribute'), at: fc.nat(), pick: fc.nat(), value: hostileAttr }),
  fc.record({ kind: fc.constant('malform-id'), at: fc.nat(), value: hostileAttr }),
  fc.record({ kind: fc.constant('insert-markup'), at: fc.nat(), html: markup }),
) as fc.Arbitrary<Mutation>;

function mutate(doc: Document, m: Mutation): void {
  const pool = m.kind === 'malform-id' ? [...doc.querySelectorAll(ID_BEARING)] : [...doc.body.querySelectorAll('*')];
  const el = pool[m.at % Math.max(pool.length, 1)];
  if (!el) return;
  switch (m.kind) {
    case 'remove-attribute': {
      const attr = el.attributes[m.pick % Math.max(el.attributes.length, 1)];
      if (attr) el.removeAttribute(attr.name);
      return;
    }
    case 'remove-node':
      return el.remove();
    case 'duplicate':
      return void el.after(el.cloneNode(true));
    case 'move-first':
      return void el.parentElement?.prepend(el);
    case 'swap-with-next':
      return void el.nextElementSibling?.after(el);
    case 'nest-50': {
      let outer: Element = el;
      for (let i = 0; i < 50; i++) {
        const wrap = doc.createElement(i % 2 ? 'div' : 'span');
        outer.replaceWith(wrap);
        wrap.append(outer);
        outer = wrap;
      }
      return;
    }
    case 'set-text':
      el.textContent = TEXTS[m.text]!;
      return;
    case 'set-attribute':
      el.setAttribute(ATTRS[m.pick % ATTRS.length]!, ATTR_VALUES[m.value]!);
      return;
    case 'malform-id': {
      const value = ATTR_VALUES[m.value]!;
      for (const name of ['href', 'data-id', 'componentkey', 'data-commentid', 'datetime']) {
        const current = el.getAttribute(name);
        if (current === null) continue;
        // Keep the marker the selectors look for, garble what follows it.
        if (name === 'href') el.setAttribute(name, current.replace(/comment_id=[^&]*/, `comment_id=${encodeURIComponent(value)}`));
        else if (name === 'componentkey') el.setAttribute(name, `replaceableComment_${value}`);
        else el.setAttribute(name, value);
      }
      return;
    }
    case 'insert-markup':
      el.insertAdjacentHTML('afterend', expand(m.html));
      return;
  }
}

// --- what must hold for any page ----------------------------------------------------------------

/** Run everything the content script calls; any exception fails the property. */
function exercise(adapter: PlatformAdapter, doc: Document, url: URL, probe: number) {
  adapter.hasCommentArea(doc);
  adapter.readPageIdentity(doc, url);
  const nodes = adapter.findCommentNodes(doc);
  const all = [...doc.body.querySelectorAll('*')];
  // The observer also calls these on arbitrary added subtrees and changed elements.
  for (let i = 0; i < 5 && all.length; i++) {
    const el = all[(probe + i * 7919) % all.length]!;
    adapter.findCommentNodes(el);
    adapter.commentNodeFor(el);
  }
  const results: ReadResult[] = nodes.map((n) => adapter.readComment(n, url));
  return { nodes, results };
}

function assertWhole(c: ObservedComment): void {
  expect(c.id.trim()).not.toBe('');
  expect(c.authorName.trim()).not.toBe('');
  expect(c.text.trim()).not.toBe('');
  const parsed = observedCommentSchema.safeParse(c);
  // The background refuses what fails the schema: the comment would be lost without a trace.
  expect(parsed.success ? 'accepted' : `refused: ${JSON.stringify(parsed.error.issues.map((i) => [i.path.join('.'), i.message]))}`).toBe('accepted');
}

/** The real watcher over the same page: every unreadable node is counted, every readable one sent. */
function watcherCounts(adapter: PlatformAdapter, doc: Document, url: URL) {
  const sent: ObservedComment[] = [];
  const watcher = createCommentWatcher({
    adapter,
    doc,
    currentUrl: () => url,
    onComments: (batch) => sent.push(...batch),
    scheduleIdle: (work) => work(() => 1_000),
  });
  watcher.start();
  watcher.stop();
  return { ...watcher.stats(), sent };
}

function checkPage(adapter: PlatformAdapter, doc: Document, url: URL, probe: number): void {
  const { results } = exercise(adapter, doc, url, probe);
  const ok = results.flatMap((r) => (r.ok ? [r.comment] : []));
  for (const c of ok) assertWhole(c);
  for (const r of results) if (!r.ok) expect(['no-id', 'no-author', 'no-text', 'malformed']).toContain(r.reason);

  const counted = watcherCounts(adapter, doc, url);
  expect(counted.skipped).toBe(results.length - ok.length);
  expect(counted.recognised).toBe(new Set(ok.map((c) => c.id)).size);
  expect(new Set(counted.sent.map((c) => c.id))).toEqual(new Set(ok.map((c) => c.id)));
  // The batch the content script would send passes as a whole (one bad comment would sink all of them).
  for (let i = 0; i < counted.sent.length; i += 200) {
    const message = { type: 'comments-seen', url: url.href, page: adapter.pageFromUrl(url), comments: counted.sent.slice(i, i + 200) };
    expect(contentMessageSchema.safeParse(message).success).toBe(true);
  }
}

const ADAPTERS: Array<[string, PlatformAdapter]> = [
  ['linkedin', linkedinAdapter],
  ['facebook', facebookAdapter],
];

for (const [platform, adapter] of ADAPTERS) {
  describe(`${platform} adapter on hostile and broken pages`, () => {
    const pages = samples(platform);

    it.each(pages.map((p) => [p.name, p] as const))('%s, mutated', (_name, sample) => {
      // The unmutated page is the baseline: everything on it is read whole.
      checkPage(adapter, parse(sample.html), sample.url, 0);
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.nat(), (mutations, probe) => {
          const doc = parse(sample.html);
          for (const m of mutations) mutate(doc, m);
          checkPage(adapter, doc, sample.url, probe);
        }),
        { numRuns: RUNS_PER_FIXTURE },
      );
    });

    it('survives random markup, alone and inside a real page', () => {
      const host = pages[0]!;
      fc.assert(
        fc.property(fc.array(markup, { minLength: 1, maxLength: 5 }), fc.nat(), fc.boolean(), (parts, probe, inside) => {
          const html = parts.join('');
          const doc = inside ? parse(host.html) : parse(`<!doctype html><html><body><main>${expand(html)}</main></body></html>`);
          if (inside) mutate(doc, { kind: 'insert-markup', at: probe, html });
          checkPage(adapter, doc, host.url, probe);
        }),
        { numRuns: 40 },
      );
    });

    it('reads a comment buried 50 elements deep, and skips (and counts) one with its id, author or text removed', () => {
      const sample = pages.find((p) => /permalink|company-post/.test(p.name)) ?? pages[0]!;
      const doc = parse(sample.html);
      const [first, second, third, fourth] = adapter.findCommentNodes(doc);
      expect(fourth).toBeDefined();
      const before = adapter.readComment(first!, sample.url);
      expect(before.ok).toBe(true);
      mutate(doc, { kind: 'nest-50', at: [...doc.body.querySelectorAll('*')].indexOf(first!), pick: 0 });
      expect(adapter.readComment(first!, sample.url)).toEqual(before);

      // Id gone: every attribute that carries one.
      for (const el of [second!, ...second!.querySelectorAll('*')]) {
        for (const name of ['href', 'data-id', 'componentkey']) el.removeAttribute(name);
      }
      second!.closest('[data-commentid]')?.removeAttribute('data-commentid');
      // Author gone: its links. Text gone: emptied.
      third!.querySelectorAll('a').forEach((a) => a.remove());
      for (const el of fourth!.querySelectorAll('[lang],[dir=auto],[data-testid=expandable-text-box],.comments-comment-item__main-content,p,img')) {
        if (!el.closest('a')) el.textContent = '';
      }
      fourth!.querySelectorAll('img').forEach((i) => i.remove());
      const results = [second!, third!, fourth!].map((n) => adapter.readComment(n, sample.url));
      for (const r of results) if (r.ok) assertWhole(r.comment);
      // Facebook can fall back to a hashed id, so a node without ids may still be read whole.
      expect(results.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(platform === 'linkedin' ? 3 : 2);
      checkPage(adapter, doc, sample.url, 1);
    });
  });
}
