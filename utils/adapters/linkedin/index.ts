import type { PlatformAdapter } from '../types';
import { commentNodeFor, findCommentNodes, hasCommentArea, markerAnchor, readComment } from './comments';
import { readPageIdentity } from './identity';
import { linkedinNotifications } from './notifications';
import { handlesUrl, pageFromUrl } from './page';

/**
 * LinkedIn (www.linkedin.com). Every LinkedIn selector lives in this folder,
 * one module per surface: `dom` (the comment URN and shared helpers), `page`
 * (addresses), `post` (the post around a comment), `identity` (the company
 * on screen), `comments` (reading them), `words/` (the interface words still matched).
 */
export const linkedinAdapter: PlatformAdapter = {
  platform: 'linkedin',
  handlesUrl,
  pageFromUrl,
  readPageIdentity,
  findCommentNodes,
  commentNodeFor,
  readComment,
  markerAnchor,
  hasCommentArea,
  notifications: linkedinNotifications,
};
