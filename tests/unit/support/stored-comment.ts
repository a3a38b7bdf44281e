import type { StoredComment } from '../../../utils/model';

/**
 * A stored comment for tests: a pending visitor comment with nothing decided
 * yet. Each test names only what matters to it.
 */
export function storedComment(
  fields: Pick<StoredComment, 'key' | 'platform' | 'id' | 'pageKey' | 'postedAt'> & Partial<StoredComment>,
): StoredComment {
  return {
    idSource: 'platform',
    postUrl: null,
    permalink: null,
    parentId: null,
    threadId: fields.id,
    authorName: 'Visitor',
    authorUrl: null,
    authorIsPage: false,
    text: 'Hello there',
    postedAtSource: 'absolute',
    firstSeenAt: fields.postedAt,
    lastSeenAt: fields.postedAt,
    status: 'pending',
    answeredBy: null,
    answeredAt: null,
    answerKey: null,
    snoozedUntil: null,
    priority: 0,
    priorityReasons: [],
    notifiedAt: null,
    undo: null,
    ...fields,
  };
}
