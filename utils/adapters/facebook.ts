import type { PlatformAdapter } from './types';

// Placeholder until the Facebook adapter lands (issue 3).
export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  handlesUrl: () => false,
  pageFromUrl: () => null,
  readPageIdentity: () => null,
  findCommentNodes: () => [],
  commentNodeFor: () => null,
  readComment: () => ({ ok: false, reason: 'malformed' }),
  hasCommentArea: () => false,
};
