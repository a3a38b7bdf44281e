import { z } from 'zod';
import type { ManagedPage, StoredComment } from '../model';
import type { Settings } from '../settings';

/**
 * The JSON backup: everything a user needs to move Reply Radar to another
 * profile. Pure (no browser, no database) so the options page can check a file
 * before sending it, and the background can check it again before writing.
 */

export const BACKUP_FORMAT = 'reply-radar-backup';
/** Bump when the shape changes; `parseBackup` refuses versions it doesn't know. */
export const BACKUP_VERSION = 1;
/** Refused before parsing: a bigger file is not one of ours and would freeze the page. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  settings: Partial<Settings>;
  pages: ManagedPage[];
  comments: StoredComment[];
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

const platform = z.enum(['facebook', 'linkedin']);
const epochMs = z.number().int().nonnegative();
const status = z.enum(['pending', 'answered', 'wont-reply', 'own', 'missed']);
const answeredBy = z.enum(['page', 'user']).nullable();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const hours = z.number().positive().max(24 * 365);

const pageSchema = z.object({
  key: z.string().min(1).max(400),
  platform,
  name: z.string().max(1_000),
  url: z.string().max(4_000),
  platformId: z.string().max(100).optional(),
  slug: z.string().max(300).optional(),
  nameSource: z.enum(['user', 'page']).optional(),
  learnedName: z.string().max(1_000).optional(),
  showcase: z.boolean().optional(),
  avatarUrl: z.string().max(4_000).optional(),
  learnedAt: epochMs.optional(),
  thresholdHours: hours.nullable(),
  addedAt: epochMs,
});

const commentSchema = z.object({
  key: z.string().min(1).max(400),
  platform,
  id: z.string().min(1).max(300),
  idSource: z.enum(['platform', 'fallback']),
  pageKey: z.string().max(400),
  postUrl: z.string().max(4_000).nullable(),
  permalink: z.string().max(4_000).nullable(),
  parentId: z.string().max(300).nullable(),
  threadId: z.string().max(300),
  authorName: z.string().max(1_000),
  authorUrl: z.string().max(4_000).nullable(),
  authorHeadline: z.string().max(1_000).optional(),
  authorIsPage: z.boolean(),
  text: z.string().max(200_000),
  postedAt: epochMs,
  postedAtSource: z.enum(['absolute', 'relative', 'id', 'first-seen']),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
  status,
  answeredBy,
  answeredAt: epochMs.nullable(),
  answerKey: z.string().max(400).nullable(),
  snoozedUntil: epochMs.nullable(),
  priority: z.union([z.literal(0), z.literal(1)]),
  priorityReasons: z.array(z.enum(['question', 'complaint'])).max(2),
  notifiedAt: epochMs.nullable(),
  missedAt: epochMs.optional(),
  wokeAt: epochMs.optional(),
  repliedByNames: z.array(z.string().max(300)).max(20).optional(),
  undo: z
    .object({ status, answeredBy, answeredAt: epochMs.nullable(), snoozedUntil: epochMs.nullable() })
    .nullable(),
});

// Every key optional: a backup from an older version lacks newer settings, and withDefaults fills them.
const settingsSchema = z
  .object({
    defaultThresholdHours: hours,
    priorityThresholdHours: hours,
    businessHours: z.object({
      enabled: z.boolean(),
      days: z.array(z.number().int().min(0).max(6)).max(7),
      start: hhmm,
      end: hhmm,
    }),
    quietHours: z.object({ enabled: z.boolean(), start: hhmm, end: hhmm }),
    notificationsEnabled: z.boolean(),
    complaintKeywords: z.array(z.string().max(200)).max(1_000),
    markersEnabled: z.boolean(),
    showAnsweredMarkers: z.boolean(),
    markersHiddenOn: z.array(z.string().max(4_000)).max(10_000),
    retentionDays: z.number().int().positive().max(36_500),
    missedRule: z.object({ enabled: z.boolean(), days: z.number().int().min(1).max(3_650) }),
  })
  .partial();

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: epochMs,
  settings: settingsSchema,
  pages: z.array(pageSchema),
  comments: z.array(commentSchema),
});

export function toBackup(data: {
  settings: Settings;
  pages: readonly ManagedPage[];
  comments: readonly StoredComment[];
  exportedAt: number;
}): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: data.exportedAt,
    settings: data.settings,
    pages: [...data.pages],
    comments: [...data.comments],
  };
}

/** The file name a backup downloads as, dated so several backups sort and don't overwrite each other. */
export function backupFileName(exportedAt: number): string {
  return `reply-radar-backup-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

const NOT_A_BACKUP = 'This file is not a Reply Radar backup. Choose a file saved with “Export backup”.';

/** Check a backup file's text. Errors are sentences for the user, saying what to do next. */
export function parseBackup(text: string): ParseBackupResult {
  // UTF-16 length is a lower bound of the UTF-8 size, so this refuses before JSON.parse does any work.
  if (text.length > MAX_BACKUP_BYTES) {
    return { ok: false, error: `This file is too big to be a Reply Radar backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    if (looksLikeCutShort(text)) {
      return { ok: false, error: 'This backup is incomplete: the file ends too early. Export the backup again and import the new file.' };
    }
    return { ok: false, error: `${NOT_A_BACKUP} (It is not JSON.)` };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return { ok: false, error: NOT_A_BACKUP };
  if (data.version !== BACKUP_VERSION) {
    if (typeof data.version === 'number' && data.version > BACKUP_VERSION) {
      return {
        ok: false,
        error: `This backup was made by a newer version of Reply Radar (backup version ${data.version}). Update Reply Radar, then import it again.`,
      };
    }
    return { ok: false, error: `This backup's version (${describe(data.version)}) is not one Reply Radar can read.` };
  }
  const missing = (['pages', 'comments', 'settings'] as const).filter((part) => !(part in data));
  if (missing.length > 0) {
    return { ok: false, error: `This backup is incomplete: it has no ${missing.join(' and no ')}. Export the backup again.` };
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? describePath(issue.path) : 'the file';
    return { ok: false, error: `This backup is damaged: ${where} is not valid. Nothing was imported.` };
  }
  return { ok: true, backup: parsed.data as Backup };
}

function looksLikeCutShort(text: string): boolean {
  return /^\s*\{/.test(text.replace(/^\uFEFF/, '')) && text.includes(`"${BACKUP_FORMAT}"`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value).slice(0, 20);
}

/** `['comments', 3, 'postedAt']` → "comment 4 (postedAt)": enough to find it, without jargon. */
function describePath(path: readonly PropertyKey[]): string {
  const [part, index, ...rest] = path;
  const field = rest.length > 0 ? ` (${rest.map(String).join('.')})` : '';
  if (part === 'comments' && typeof index === 'number') return `comment ${index + 1}${field}`;
  if (part === 'pages' && typeof index === 'number') return `page ${index + 1}${field}`;
  if (part === 'settings') return `the settings${index !== undefined ? ` (${[index, ...rest].map(String).join('.')})` : ''}`;
  return path.length > 0 ? `“${path.map(String).join('.')}”` : 'the file';
}
