// The LinkedIn sample page's comment ids carry their own creation time (id >> 22 is
// milliseconds since 1970), fixed when the sample was written. Shown today, "2h" on the page
// would sit beside "waiting 54 d" from the id. For the demo, every LinkedIn id in the page is
// moved forward by the time since the sample's "now", so the ids and the labels agree again.
import { readFileSync } from 'node:fs';

export function freshenLinkedInSample(file, now = Date.now()) {
  const html = readFileSync(file, 'utf8');
  const written = Date.parse(/Now: (\S+)/.exec(html)?.[1] ?? '');
  if (Number.isNaN(written)) return html;
  const shift = BigInt(now - written) << 22n;
  // LinkedIn's activity and comment ids: 19 digits, Snowflake-style.
  return html.replace(/\b\d{19}\b/g, (id) => (BigInt(id) + shift).toString());
}
