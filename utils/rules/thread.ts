import type { ManagedPage, StoredComment } from '../model';
import { identityFromAddress, isPageName, pageIdentity, pageNames } from './identity';
import { rowNamesPage } from './summary-row';

/**
 * Whether a comment's author is the managed page.
 *
 * The address decides when it can: the same numeric id or vanity slug is the
 * page, a different one (or a person's `/in/` address) is not, even if the
 * names happen to match. Only when the address says nothing comparable does
 * the name decide. Badges ("Author", "Top fan") never decide: "Author" is
 * whoever wrote the post, which is the page only on its own posts.
 */
export function isPageAuthor(author: { authorUrl: string | null; authorName: string }, page: ManagedPage): boolean {
  const who = identityFromAddress(author.authorUrl, page.platform);
  if (who?.person) return false;
  const pageId = pageIdentity(page);
  if (who?.id && pageId.id) return who.id === pageId.id;
  if (who?.slug && pageId.slug) return who.slug === pageId.slug;
  return isPageName(author.authorName, page);
}

type Resolution = Pick<StoredComment, 'status' | 'answeredBy' | 'answeredAt' | 'answerKey' | 'authorIsPage'>;

/**
 * Recomputes who answered what in ONE thread (a top-level comment and its
 * replies, in any order) and returns only the comments that changed, as new
 * objects.
 *
 * - The page's own comments are `own`.
 * - A visitor comment is answered by the first page comment that comes after
 *   it in the thread, so a visitor answering back after the page's reply is a
 *   new pending item.
 * - `repliedByNames` (comment key → the names part of a collapsed "X replied"
 *   row, verb included, in the page's language) answers a top-level comment
 *   at `now` when the row names the page (`rowNamesPage`) and nothing else
 *   answered it. A row stored with the comment (`StoredComment.repliedByNames`)
 *   counts the same, so a page whose name is learned later is recognised in it.
 * - The user's decisions (`wont-reply`, or marked replied) are never touched.
 * - A page answer is never taken back because its reply is missing from
 *   `comments` (not rendered this time, or deleted by retention).
 */
export function resolveThread(
  comments: StoredComment[],
  page: ManagedPage,
  repliedByNames: ReadonlyMap<string, string[]>,
  now: number,
): StoredComment[] {
  const ordered = [...comments].sort(compareChronologically);
  const byPage = new Map(ordered.map((c) => [c.key, isPageAuthor(c, page)]));
  const pageComments = ordered.filter((c) => byPage.get(c.key));
  const present = new Set(comments.map((c) => c.key));

  const changed: StoredComment[] = [];
  for (const comment of comments) {
    if (isUserDecision(comment)) continue;
    const next = resolveOne(comment, byPage.get(comment.key) ?? false, pageComments, present, page, repliedByNames, now);
    if (differs(comment, next)) changed.push({ ...comment, ...next });
  }
  return changed;
}

function resolveOne(
  comment: StoredComment,
  authoredByPage: boolean,
  pageComments: StoredComment[],
  present: ReadonlySet<string>,
  page: ManagedPage,
  repliedByNames: ReadonlyMap<string, string[]>,
  now: number,
): Resolution {
  if (authoredByPage) {
    return { status: 'own', answeredBy: null, answeredAt: null, answerKey: null, authorIsPage: true };
  }
  const answer = pageComments.find((reply) => comesAfter(reply, comment));
  if (answer) {
    return { status: 'answered', answeredBy: 'page', answeredAt: answer.postedAt, answerKey: answer.key, authorIsPage: false };
  }
  const keptAnswer = comment.status === 'answered' && comment.answeredBy === 'page' && !(comment.answerKey && present.has(comment.answerKey));
  if (keptAnswer) {
    return { status: 'answered', answeredBy: 'page', answeredAt: comment.answeredAt, answerKey: comment.answerKey, authorIsPage: false };
  }
  const summaryNamesPage = comment.parentId === null && (repliedByNames.get(comment.key) ?? comment.repliedByNames ?? []).some((row) => pageNames(page).some((name) => rowNamesPage(row, name)));
  if (summaryNamesPage) {
    return { status: 'answered', answeredBy: 'page', answeredAt: now, answerKey: null, authorIsPage: false };
  }
  // Missed stays missed until the page answers it or its visitor writes again (see `missedToWake`).
  const status = comment.status === 'missed' ? 'missed' : 'pending';
  return { status, answeredBy: null, answeredAt: null, answerKey: null, authorIsPage: false };
}

function isUserDecision(comment: StoredComment): boolean {
  return comment.status === 'wont-reply' || comment.answeredBy === 'user';
}

function differs(comment: StoredComment, next: Resolution): boolean {
  return (Object.keys(next) as (keyof Resolution)[]).some((field) => comment[field] !== next[field]);
}

/**
 * Whether `later` was written after `earlier`. A reply always follows the
 * comment it answers, whatever the (often coarse, "2h") timestamps say.
 */
function comesAfter(later: StoredComment, earlier: StoredComment): boolean {
  if (later.key === earlier.key) return false;
  if (later.parentId === earlier.id) return true;
  if (earlier.parentId === later.id) return false;
  return compareChronologically(later, earlier) > 0;
}

/** By posting time, then by numeric id (platform ids grow over time), then by key for a stable order. */
export function compareChronologically(a: StoredComment, b: StoredComment): number {
  if (a.postedAt !== b.postedAt) return a.postedAt - b.postedAt;
  const byId = compareNumericIds(a.id, b.id);
  if (byId !== 0) return byId;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function compareNumericIds(a: string, b: string): number {
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return 0;
  // Ids exceed Number precision; compare as digit strings.
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
