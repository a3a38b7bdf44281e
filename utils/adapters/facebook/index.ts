import type { PlatformAdapter } from '../types';
import { commentNodeFor, findCommentNodes, hasCommentArea, markerAnchor, readComment } from './comments';
import { readPageIdentity } from './identity';
import { facebookNotifications } from './notifications';
import { handlesUrl, pageFromUrl } from './page';

/**
 * Facebook (www.facebook.com). Every Facebook selector lives in this folder,
 * one module per surface: `page` (addresses), `structure` (what a comment
 * is), `post` (the post around it), `identity` (the page on screen),
 * `comments` (reading them), `words/` (the interface words still matched).
 *
 * Facebook's class names rotate every few months; what has survived since the
 * 2020 redesign are accessibility and routing markers (see
 * shared/research/comment-markup.md §1): `role="article"` with a
 * "Comment by …"/"Reply by …" label, the timestamp link carrying
 * `comment_id`/`reply_comment_id`, the 2026 `data-commentid` wrapper, `lang`
 * on the text, "Comment as <Page>" on the composer.
 */
export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  handlesUrl,
  pageFromUrl,
  readPageIdentity,
  findCommentNodes,
  commentNodeFor,
  readComment,
  markerAnchor,
  hasCommentArea,
  notifications: facebookNotifications,
};
