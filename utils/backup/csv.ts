import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { PLATFORM_LABEL, type ManagedPage, type PostedAtSource, type StoredComment } from '../model';
import { pageDisplayName } from '../pages';
import { countedMs, thresholdHoursFor } from '../rules';
import type { Settings } from '../settings';

/**
 * Comments as a spreadsheet: one row per visitor comment (the page's own
 * replies are not rows; they show up as "answered by"). RFC 4180 quoting, CRLF
 * lines, a UTF-8 BOM so Excel reads accents, and formula-injection guards:
 * comment text is written by strangers.
 */

const STATUS_LABEL: Record<StoredComment['status'], string> = {
  pending: 'waiting',
  answered: 'answered',
  'wont-reply': "won't reply",
  own: "page's own reply",
  missed: 'missed',
};

const SOURCE_LABEL: Record<PostedAtSource, string> = {
  absolute: 'timestamp on the page',
  relative: 'relative label (approximate)',
  id: 'comment id',
  'first-seen': 'first seen (time not shown)',
};

const HOUR_MS = 60 * 60 * 1000;

export function commentsToCsv(
  comments: readonly StoredComment[],
  pages: readonly ManagedPage[],
  settings: Settings,
  timeZone: string,
): string {
  return csvLines(comments, pages, settings, timeZone, true);
}

/**
 * The same file in parts, for a large export: the first part (`first`) starts
 * with the byte order mark and the header row, the others are rows only.
 */
export function csvLines(
  comments: readonly StoredComment[],
  pages: readonly ManagedPage[],
  settings: Settings,
  timeZone: string,
  first: boolean,
): string {
  const pagesByKey = new Map(pages.map((page) => [page.key, page]));
  // Response time is measured the way thresholds are: with business hours on, only those count.
  const responseHeader = settings.businessHours.enabled ? 'response time (business hours)' : 'response time (hours)';
  const header = [
    'platform',
    'page',
    'author',
    'text',
    'status',
    'priority',
    'posted',
    'posted source',
    'first seen',
    'answered',
    'answered by',
    responseHeader,
    RESPONSE_RATE_HEADER,
    'permalink',
  ];
  const when = (ms: number | null) => (ms === null ? '' : format(new TZDate(ms, timeZone), 'yyyy-MM-dd HH:mm'));
  const rows = comments
    .filter((comment) => comment.status !== 'own')
    .map((comment) => {
      const answered = comment.status === 'answered' ? comment.answeredAt : null;
      const responseMs = answered === null ? null : countedMs(comment.postedAt, Math.max(answered, comment.postedAt), settings, timeZone);
      return [
        PLATFORM_LABEL[comment.platform],
        pageCell(pagesByKey.get(comment.pageKey), comment.pageKey),
        comment.authorName,
        comment.text,
        STATUS_LABEL[comment.status],
        comment.priorityReasons.map((reason) => (reason === 'question' ? 'question' : 'complaint')).join(', '),
        when(comment.postedAt),
        SOURCE_LABEL[comment.postedAtSource],
        when(comment.firstSeenAt),
        when(answered),
        answered === null ? '' : comment.answeredBy === 'page' ? 'page reply' : 'marked by you',
        responseMs === null ? '' : formatHours(responseMs),
        responseRateCell(comment, responseMs, thresholdHoursFor(comment, pagesByKey.get(comment.pageKey), settings)),
        comment.permalink ?? '',
      ];
    });
  const lines = first ? [header, ...rows] : rows;
  if (lines.length === 0) return '';
  return (first ? '\uFEFF' : '') + lines.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The page as the popup and Insights name it: a page added by number shows its learned name, never a bare id. */
function pageCell(page: ManagedPage | undefined, pageKey: string): string {
  return page ? pageDisplayName(page) : pageKey;
}

/** The column that lets a spreadsheet recompute Insights' response rate: "in time" ÷ ("in time" + "late"). */
export const RESPONSE_RATE_HEADER = 'response rate (in time, late, left out)';

/**
 * How the comment counts toward the response rate, on the same clock as the
 * rate itself. A comment still waiting is left blank: it counts as late only
 * once its time limit has passed, which depends on when the file is read.
 */
function responseRateCell(comment: StoredComment, responseMs: number | null, limitHours: number): string {
  if (comment.status === 'wont-reply') return 'left out';
  // Missed is counted as not answered in time, as Insights counts it.
  if (comment.status === 'missed') return 'late';
  if (responseMs === null) return '';
  return responseMs <= limitHours * HOUR_MS ? 'in time' : 'late';
}

function formatHours(ms: number): string {
  return (Math.round((ms / HOUR_MS) * 10) / 10).toString();
}

/**
 * One cell: a leading ' stops a spreadsheet from running text that starts like a
 * formula (OWASP "CSV injection"); quotes when the cell holds a comma, a quote
 * or a line break, doubling inner quotes (RFC 4180).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The name a CSV export downloads as. */
export function csvFileName(exportedAt: number): string {
  return `reply-radar-comments-${new Date(exportedAt).toISOString().slice(0, 10)}.csv`;
}
