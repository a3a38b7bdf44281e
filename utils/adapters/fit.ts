import type { ObservedComment, PageRef } from '../model';
import { LIMITS } from '../messaging/limits';
import type { ReadResult } from './types';

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const fitUrl = (u: string | null) => (u !== null && u.length > LIMITS.url ? null : u);

/**
 * The last step of every adapter's readComment: what a page printed, cut to
 * what the background accepts. Names and labels are cut with an ellipsis,
 * over-long links dropped; an id too long to be real makes the comment a skip
 * (counted), never a comment the background would refuse along with its batch.
 */
export function fitComment(c: ObservedComment): ReadResult {
  if (c.id.length > LIMITS.id || (c.parentId !== null && c.parentId.length > LIMITS.id)) return { ok: false, reason: 'malformed' };
  const time = { ...c.time };
  if (time.label !== undefined) time.label = cut(time.label, LIMITS.label);
  if (time.absoluteLabel !== undefined) time.absoluteLabel = cut(time.absoluteLabel, LIMITS.absoluteLabel);
  // An id that encodes no plausible time (not a safe integer) says nothing about when.
  if (time.epochMs !== undefined && !(Number.isSafeInteger(time.epochMs) && time.epochMs >= 0)) delete time.epochMs;
  const fitted: ObservedComment = {
    ...c,
    postUrl: fitUrl(c.postUrl),
    permalink: fitUrl(c.permalink),
    authorName: cut(c.authorName, LIMITS.name),
    authorUrl: fitUrl(c.authorUrl),
    text: cut(c.text, LIMITS.text),
    time,
  };
  if (c.authorHeadline !== undefined) fitted.authorHeadline = cut(c.authorHeadline, LIMITS.name);
  if (c.repliedByNames) fitted.repliedByNames = c.repliedByNames.slice(0, LIMITS.names).map((n) => cut(n, LIMITS.name));
  if (c.postOwner) fitted.postOwner = fitRef(c.postOwner);
  return { ok: true, comment: fitted };
}

function fitRef(ref: PageRef): PageRef {
  const out: PageRef = { platform: ref.platform };
  if (ref.name !== undefined) out.name = cut(ref.name, LIMITS.name);
  if (ref.url !== undefined && ref.url.length <= LIMITS.url) out.url = ref.url;
  if (ref.id !== undefined && ref.id.length <= 100) out.id = ref.id;
  if (ref.slug !== undefined && ref.slug.length <= 300) out.slug = ref.slug;
  return out;
}
