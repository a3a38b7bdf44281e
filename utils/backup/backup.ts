import { z } from 'zod';
import { formatList, formatNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import type { ManagedPage, StoredComment } from '../model';
import type { Settings } from '../settings';
import { BackupScanner, JsonShapeError, type ElementArray } from './reader';

/**
 * The JSON backup: everything a user needs to move Reply Radar to another
 * profile. Pure (no browser, no database) so the options page can check a file
 * before sending it, and the background can check it again before writing.
 */

export const BACKUP_FORMAT = 'reply-radar-backup';
/** Bump when the shape changes; `parseBackup` refuses versions it doesn't know. */
export const BACKUP_VERSION = 1;

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

export const pageSchema = z.object({
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

export const commentSchema = z.object({
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
  fromNotification: z.literal(true).optional(),
  missedAt: epochMs.optional(),
  wokeAt: epochMs.optional(),
  repliedByNames: z.array(z.string().max(300)).max(20).optional(),
  undo: z
    .object({ status, answeredBy, answeredAt: epochMs.nullable(), snoozedUntil: epochMs.nullable() })
    .nullable(),
});

// Every key optional: a backup from an older version lacks newer settings, and withDefaults fills them.
export const settingsSchema = z
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

export const exportedAtSchema = epochMs;

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

/** A backup refused, with a sentence for the user saying what to do next (in the interface's language). */
export class BackupError extends Error {}

/** What a backup holds besides its comments, which are read in pieces. */
export interface BackupHead {
  exportedAt: number;
  settings: Partial<Settings>;
  pages: ManagedPage[];
  /** How many comments the file holds. */
  comments: number;
}

type Part = 'settings' | ElementArray;

const PART_NAMES: Record<Part, () => string> = {
  pages: () => t('backup.part.pages'),
  comments: () => t('backup.part.comments'),
  settings: () => t('backup.part.settings'),
};

/**
 * Reads a backup's text in pieces of any size, checking each page and comment
 * with the schemas above as soon as its text ends. Valid comments wait in
 * `take()` until the caller has room for them (`keep: false` counts them and
 * drops them: a check of the whole file that keeps nothing).
 *
 * Errors are thrown as `BackupError`. A record that fails its schema before
 * the file has shown it is a Reply Radar backup is held back, so a file that is
 * not one is called that rather than "damaged".
 */
export class BackupParser {
  private readonly scanner: BackupScanner;
  private format: unknown;
  private formatSeen = false;
  private version: unknown;
  private versionSeen = false;
  private exportedAt: unknown;
  private settings: Partial<Settings> | undefined;
  private readonly seen = new Set<Part>();
  private heldBack: BackupError | null = null;
  private waiting: StoredComment[] = [];
  private waitingChars = 0;
  private sizes: number[] = [];
  readonly pages: ManagedPage[] = [];
  comments = 0;

  constructor(private readonly keep = true) {
    this.scanner = new BackupScanner({
      member: (key, value) => this.member(key, value),
      arrayStart: (key) => this.seen.add(key),
      element: (key, index, value, chars) => this.element(key, index, value, chars),
    });
  }

  /** Comments read and checked, not yet taken. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Their length in the file, in characters: about the size of a message carrying them. */
  get waitingSize(): number {
    return this.waitingChars;
  }

  /** Read the next piece of the file's text. */
  push(text: string): void {
    try {
      this.scanner.push(text);
    } catch (error) {
      throw this.explain(error);
    }
  }

  /** Comments read, in the file's order, up to `maxCount` of them and `maxChars` of their text (at least one). */
  take(maxCount = Infinity, maxChars = Infinity): StoredComment[] {
    let count = 0;
    let chars = 0;
    while (count < this.waiting.length && count < maxCount && (count === 0 || chars + this.sizes[count]! <= maxChars)) {
      chars += this.sizes[count]!;
      count++;
    }
    const taken = this.waiting.splice(0, count);
    this.sizes.splice(0, count);
    this.waitingChars -= chars;
    return taken;
  }

  /** The file has ended: the whole backup is valid, or this throws why not. */
  finish(): BackupHead {
    try {
      this.scanner.end();
    } catch (error) {
      throw this.explain(error);
    }
    if (!this.formatSeen || this.format !== BACKUP_FORMAT) throw new BackupError(t('backup.notABackup'));
    if (!this.versionSeen || this.version !== BACKUP_VERSION) throw versionError(this.version, this.versionSeen);
    const missing = (['pages', 'comments', 'settings'] as const).filter((part) => !this.seen.has(part));
    if (missing.length > 0) {
      throw new BackupError(t('backup.missing', { parts: formatList(missing.map((part) => PART_NAMES[part]())) }));
    }
    if (this.heldBack) throw this.heldBack;
    const exportedAt = exportedAtSchema.safeParse(this.exportedAt);
    if (!exportedAt.success) throw new BackupError(t('backup.damagedFile', { field: 'exportedAt' }));
    return { exportedAt: exportedAt.data, settings: this.settings ?? {}, pages: this.pages, comments: this.comments };
  }

  private member(key: string, value: unknown): void {
    switch (key) {
      case 'format':
        this.format = value;
        this.formatSeen = true;
        if (value !== BACKUP_FORMAT) throw new BackupError(t('backup.notABackup'));
        return;
      case 'version':
        this.version = value;
        this.versionSeen = true;
        if (this.formatSeen && value !== BACKUP_VERSION) throw versionError(value, true);
        return;
      case 'exportedAt':
        this.exportedAt = value;
        return;
      case 'settings': {
        this.seen.add('settings');
        const parsed = settingsSchema.safeParse(value);
        if (parsed.success) this.settings = parsed.data as Partial<Settings>;
        else this.problem(new BackupError(t('backup.damagedSettings', { field: fieldOf(parsed.error.issues[0]?.path) })));
        return;
      }
      case 'pages':
      case 'comments':
        // Not an array: the backup is damaged there.
        this.seen.add(key);
        this.problem(new BackupError(t('backup.damagedFile', { field: key })));
        return;
    }
  }

  private element(key: ElementArray, index: number, value: unknown, chars: number): void {
    if (key === 'pages') {
      const parsed = pageSchema.safeParse(value);
      if (parsed.success) this.pages.push(parsed.data as ManagedPage);
      else this.problem(new BackupError(t('backup.damagedPage', { number: formatNumber(index + 1), field: fieldOf(parsed.error.issues[0]?.path) })));
      return;
    }
    const parsed = commentSchema.safeParse(value);
    if (!parsed.success) {
      this.problem(new BackupError(t('backup.damagedComment', { number: formatNumber(index + 1), field: fieldOf(parsed.error.issues[0]?.path) })));
      return;
    }
    this.comments++;
    if (!this.keep) return;
    this.waiting.push(parsed.data as StoredComment);
    this.sizes.push(chars);
    this.waitingChars += chars;
  }

  /** A bad record: fatal at once in a file known to be a backup, held back until then otherwise. */
  private problem(error: BackupError): void {
    if (this.formatSeen) throw error;
    this.heldBack ??= error;
  }

  private explain(error: unknown): unknown {
    if (!(error instanceof JsonShapeError)) return error;
    const ours = this.formatSeen && this.format === BACKUP_FORMAT;
    if (error.kind === 'cut' && ours) return new BackupError(t('backup.cutShort'));
    if (error.kind === 'syntax' && ours) return new BackupError(t('backup.damagedJson'));
    if (error.kind === 'not-object') return new BackupError(t('backup.notABackup'));
    return new BackupError(t('backup.notJson'));
  }
}

function versionError(version: unknown, seen: boolean): BackupError {
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return new BackupError(t('backup.newerVersion', { version: String(version) }));
  }
  return new BackupError(t('backup.unknownVersion', { version: seen ? JSON.stringify(version).slice(0, 20) : '—' }));
}

/** `['undo', 'status']` → "undo.status": enough to find the bad field. */
function fieldOf(path: readonly PropertyKey[] | undefined): string {
  return path && path.length > 0 ? path.map(String).join('.') : '—';
}

/** Check a whole backup held as text (a small one: the settings page reads files with `readBackupFile`). */
export function parseBackup(text: string): ParseBackupResult {
  const parser = new BackupParser();
  try {
    parser.push(text);
    const head = parser.finish();
    return {
      ok: true,
      backup: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: head.exportedAt,
        settings: head.settings,
        pages: head.pages,
        comments: parser.take(),
      },
    };
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, error: error.message };
    throw error;
  }
}
