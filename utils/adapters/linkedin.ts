import type { PlatformAdapter } from './types';

// Placeholder until the LinkedIn adapter lands (issue 4).
export const linkedinAdapter: PlatformAdapter = {
  platform: 'linkedin',
  handlesUrl: () => false,
  pageFromUrl: () => null,
  readPageIdentity: () => null,
  findCommentNodes: () => [],
  commentNodeFor: () => null,
  readComment: () => ({ ok: false, reason: 'malformed' }),
  hasCommentArea: () => false,
};
