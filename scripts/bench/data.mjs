// Synthetic data for the ingest and popup benchmarks, in the shapes the
// extension really exchanges: ObservedComment batches (utils/model.ts, checked
// by utils/messaging/protocol.ts) and a JSON backup (utils/backup/backup.ts).
import { SAMPLE_PAGES } from '../lib/browser.mjs';

const FB_PAGE_ID = '61550000000001';
const FB_POST = `https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&id=${FB_PAGE_ID}`;
export const FB_OWNER = { platform: 'facebook', id: FB_PAGE_ID, url: `https://www.facebook.com/profile.php?id=${FB_PAGE_ID}`, name: 'Acme Coffee' };

const TEXTS = [
  'Do you ship to Canada? We would love to order a few bags for the office.',
  'What are your opening hours on Sunday?',
  'Love the new packaging! Is it recyclable?',
  'My order arrived broken, second time this month. Not happy.',
  'Do you have oat milk?',
  'Great coffee, the autumn blend is my favourite so far this year ☕',
];

/**
 * `threads` Facebook threads (a visitor comment and a visitor reply): the
 * ObservedComments a content script would send, in the content script's
 * batch size. Ids are fresh, so every one is an insert.
 */
export function observedBatches({ threads, perMessage, idBase = 2_040_000_000_000_000 }) {
  const comments = [];
  for (let i = 0; i < threads; i++) {
    const cid = String(idBase + i * 2);
    const rid = String(idBase + i * 2 + 1);
    const base = {
      platform: 'facebook',
      idSource: 'platform',
      postUrl: FB_POST,
      authorIsPostAuthor: false,
      postOwner: FB_OWNER,
    };
    comments.push({
      ...base,
      id: cid,
      parentId: null,
      permalink: `${FB_POST}&comment_id=${cid}`,
      authorName: `Visitor ${i}`,
      authorUrl: `https://www.facebook.com/visitor.${i}`,
      text: TEXTS[i % TEXTS.length],
      time: { label: `${1 + (i % 23)}h` },
    });
    comments.push({
      ...base,
      id: rid,
      parentId: cid,
      permalink: `${FB_POST}&comment_id=${cid}&reply_comment_id=${rid}`,
      authorName: `Fan ${i}`,
      authorUrl: `https://www.facebook.com/fan.${i}`,
      text: `Visitor ${i} same question here`,
      time: { label: `${1 + (i % 23)}h` },
    });
  }
  const batches = [];
  for (let i = 0; i < comments.length; i += perMessage) batches.push(comments.slice(i, i + perMessage));
  return { batches, url: SAMPLE_PAGES.facebookPost.url, count: comments.length };
}

/**
 * A backup with `total` comments over the two sample pages, `pending` of them
 * waiting (oldest first spread over the last three days), the rest answered,
 * set aside or written by the page.
 */
export function backupJson({ total, pending, now = Date.now() }) {
  const pages = [
    { key: 'facebook:61550000000001', platform: 'facebook', name: 'Acme Coffee', url: FB_OWNER.url, platformId: FB_PAGE_ID, thresholdHours: null, addedAt: now - 30 * 86_400_000 },
    { key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/', slug: 'acme-coffee', thresholdHours: null, addedAt: now - 30 * 86_400_000 },
  ];
  const every = Math.round(total / pending);
  const comments = [];
  let pendingSoFar = 0;
  for (let i = 0; i < total; i++) {
    const facebook = i % 2 === 0;
    const platform = facebook ? 'facebook' : 'linkedin';
    const id = facebook ? String(2_050_000_000_000_000 + i) : ((BigInt(now - i * 60_000) << 22n) | BigInt(i)).toString();
    const postedAt = now - Math.round((i / total) * 3 * 86_400_000) - 60_000;
    const isPending = i % every === 0 && pendingSoFar < pending;
    if (isPending) pendingSoFar++;
    const status = isPending ? 'pending' : ['answered', 'answered', 'answered', 'own', 'wont-reply'][i % 5];
    const answered = status === 'answered' || status === 'wont-reply';
    comments.push({
      key: `${platform}:${id}`,
      platform,
      id,
      idSource: 'platform',
      pageKey: pages[facebook ? 0 : 1].key,
      postUrl: facebook ? FB_POST : 'https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/',
      permalink: facebook ? `${FB_POST}&comment_id=${id}` : null,
      parentId: null,
      threadId: id,
      authorName: status === 'own' ? 'Acme Coffee' : `Visitor ${i}`,
      authorUrl: facebook ? `https://www.facebook.com/visitor.${i}` : `https://www.linkedin.com/in/visitor-${i}/`,
      authorIsPage: status === 'own',
      text: TEXTS[i % TEXTS.length],
      postedAt,
      postedAtSource: facebook ? 'relative' : 'id',
      firstSeenAt: postedAt + 30_000,
      lastSeenAt: now - 60_000,
      status,
      answeredBy: status === 'answered' ? 'page' : null,
      answeredAt: answered ? postedAt + 3_600_000 : null,
      answerKey: null,
      snoozedUntil: null,
      priority: i % 3 === 0 ? 1 : 0,
      priorityReasons: i % 3 === 0 ? ['question'] : [],
      notifiedAt: null,
      undo: null,
    });
  }
  const backup = { format: 'reply-radar-backup', version: 1, exportedAt: now, settings: {}, pages, comments };
  return { json: JSON.stringify(backup), pending: pendingSoFar, total };
}
