// Generated comment pages for the benchmark, cloned from the saved fixtures of
// real structure (never toy markup): the page keeps the fixture's post, header
// and composer, loses its sample comments, and gets a page script that appends
// comments the way "View more comments" does: a batch of 50 comments, each with
// one reply, then a frame and an idle period, then the next batch.
//
// The comment markup is one real thread of the fixture (a comment and its
// reply) with new ids: Facebook's data-commentid wrappers and comment_id /
// reply_comment_id links (plus the base64 "comment:<post>_<id>" on the author
// link); LinkedIn's urn:li:comment ids, generated as Snowflake ids whose top
// bits (id >> 22) decode to the last few days.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SAMPLE_PAGES } from '../lib/browser.mjs';

export const BATCH = 50;

const read = (file) => readFileSync(join(ROOT, file), 'utf8');

/** Replace every occurrence of each key by its value; fail loudly if the fixture changed under us. */
function substitute(text, pairs, what) {
  let out = text;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`bench: the ${what} template no longer contains "${from}" (fixture changed?)`);
    out = out.split(from).join(to);
  }
  return out;
}

/**
 * The block of lines that starts on the line containing `marker` and ends on
 * the first later line that closes it at the same indentation (`</tag>`).
 * Returns its first and last line indexes and its text.
 */
function block(lines, marker, tag) {
  const start = lines.findIndex((l) => l.includes(marker));
  if (start < 0) throw new Error(`bench: the fixture no longer contains "${marker}"`);
  const indent = /^\s*/.exec(lines[start])[0];
  const end = lines.findIndex((l, i) => i > start && l === `${indent}</${tag}>`);
  if (end < 0) throw new Error(`bench: no closing </${tag}> for "${marker}" in the fixture`);
  return { start, end, text: lines.slice(start, end + 1).join('\n') };
}

/** The page script: fills the templates with fresh ids and appends them in batches. */
function growScript({ templates, platform, listId }) {
  return `<script>
(() => {
  const T = ${JSON.stringify(templates)};
  const platform = ${JSON.stringify(platform)};
  const list = document.getElementById(${JSON.stringify(listId)});
  let count = 0;
  const now = Date.now();
  const fill = (t, v) => t.replace(/\\{\\{(\\w+)\\}\\}/g, (_, k) => v[k]);
  const b64 = (id) => encodeURIComponent(btoa('comment:122145678901234567_' + id));
  // LinkedIn ids are Snowflakes: creation time in ms in the bits above 22. A minute apart, the newest just now.
  const snowflake = (ms, seq) => ((BigInt(ms) << 22n) | BigInt(seq & 0x3fffff)).toString();
  function values(n) {
    if (platform === 'facebook') {
      const cid = String(1030000000000000 + n * 2), rid = String(1030000000000000 + n * 2 + 1);
      return { N: n, CID: cid, RID: rid, CB64: b64(cid), RB64: b64(rid) };
    }
    const at = now - (6000 - n) * 60000;
    return { N: n, CID: snowflake(at, n * 2), RID: snowflake(at + 30000, n * 2 + 1) };
  }
  function appendBatch(n) {
    let html = '';
    for (let i = 0; i < n; i++) html += fill(T.thread, values(count + i));
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    list.appendChild(tpl.content);
    count += n;
  }
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const idle = () => new Promise((r) => requestIdleCallback(() => r(), { timeout: 200 }));
  window.__rrBench = {
    get count() { return count; },
    /** Load comments in batches (each with one reply) until there are \`target\` top-level comments. */
    async growTo(target, batch = ${BATCH}) {
      while (count < target) {
        appendBatch(Math.min(batch, target - count));
        await frame();
        await idle();
      }
      return count;
    },
  };
})();
</script>`;
}

/** Facebook: the permalink fixture's post dialog, comments appended before "View more comments". */
export function facebookPage() {
  const html = read('tests/fixtures/facebook/page-post-permalink.html');
  const lines = html.split('\n');
  const top = block(lines, 'data-commentid="1029384756473829"', 'div');
  const reply = block(lines, 'data-commentid="1029384756473990"', 'div');
  // Every sample comment goes: from the first wrapper to the end of the last one.
  let last = top;
  for (let i = top.end + 1; lines[i]?.includes('data-commentid="'); ) {
    last = block(lines, lines[i].trim(), 'div');
    i = last.end + 1;
  }
  const thread = substitute(
    top.text + '\n' + reply.text,
    [
      ['Y29tbWVudDoxMjIxNDU2Nzg5MDEyMzQ1NjdfMTAyOTM4NDc1NjQ3MzgyOQ%3D%3D', '{{CB64}}'],
      ['Y29tbWVudDoxMjIxNDU2Nzg5MDEyMzQ1NjdfMTAyOTM4NDc1NjQ3Mzk5MA%3D%3D', '{{RB64}}'],
      ['1029384756473990', '{{RID}}'],
      ['1029384756473829', '{{CID}}'],
      ['jane.doe.77', 'visitor.{{N}}'],
      ['Jane Doe', 'Visitor {{N}}'],
      ['tom.nguyen.5', 'fan.{{N}}'],
      ['Tom Nguyen', 'Fan {{N}}'],
      ['Do you ship to Canada?', 'Question {{N}}: do you ship to Canada?'],
    ],
    'Facebook',
  );
  const body = [...lines.slice(0, top.start), '      <div id="rr-bench-comments"></div>', ...lines.slice(last.end + 1)].join('\n');
  const page = body.replace('</body>', `${growScript({ templates: { thread }, platform: 'facebook', listId: 'rr-bench-comments' })}\n</body>`);
  return { platform: 'facebook', url: SAMPLE_PAGES.facebookPost.url, html: page };
}

/** LinkedIn: the company-post fixture (Ember 2025 markup), comments appended to the comment list. */
export function linkedinPage() {
  const html = read('tests/fixtures/linkedin/company-post.html');
  const lines = html.split('\n');
  // Jane's comment with the company's reply nested inside it.
  const jane = block(lines, 'urn:li:comment:(activity:7510262022145234567,7510597251892434567)', 'article');
  const thread = substitute(
    jane.text,
    [
      ['7510597251892434567', '{{CID}}'],
      ['7510625844462802567', '{{RID}}'],
      ['id="ember340"', 'id="ember-c{{N}}"'],
      ['id="ember351"', 'id="ember-r{{N}}"'],
      ['/in/janedoe/', '/in/visitor-{{N}}/'],
      ['Jane Doe', 'Visitor {{N}}'],
      ['Do you ship to Canada?', 'Question {{N}}: do you ship to Canada?'],
    ],
    'LinkedIn',
  );
  // The sample comments go; the list keeps its class and gets an id to append to.
  const list = block(lines, '<div class="comments-comment-list__container">', 'div');
  const body = [
    ...lines.slice(0, list.start),
    '      <div id="rr-bench-comments" class="comments-comment-list__container">',
    ...lines.slice(list.end),
  ].join('\n');
  const page = body.replace('</body>', `${growScript({ templates: { thread }, platform: 'linkedin', listId: 'rr-bench-comments' })}\n</body>`);
  return { platform: 'linkedin', url: SAMPLE_PAGES.linkedinPost.url, html: page };
}
