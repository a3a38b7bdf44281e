import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, toBackup } from '../../utils/backup';
import { useLanguage } from './support/i18n';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const page: ManagedPage = {
  key: 'facebook:acmecoffee',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee',
  thresholdHours: 12,
  addedAt: 1_700_000_000_000,
};

const stored: StoredComment = {
  key: 'facebook:101',
  platform: 'facebook',
  id: '101',
  idSource: 'platform',
  pageKey: page.key,
  postUrl: 'https://www.facebook.com/acmecoffee/posts/1',
  permalink: 'https://www.facebook.com/acmecoffee/posts/1?comment_id=101',
  parentId: null,
  threadId: '101',
  authorName: 'Jane Doe',
  authorUrl: 'https://www.facebook.com/jane.doe',
  authorIsPage: false,
  text: 'Are you open on Sunday? ☕',
  postedAt: 1_700_000_100_000,
  postedAtSource: 'absolute',
  firstSeenAt: 1_700_000_200_000,
  lastSeenAt: 1_700_000_300_000,
  status: 'answered',
  answeredBy: 'user',
  answeredAt: 1_700_000_400_000,
  answerKey: null,
  snoozedUntil: null,
  priority: 1,
  priorityReasons: ['question'],
  notifiedAt: null,
  undo: { status: 'pending', answeredBy: null, answeredAt: null, snoozedUntil: null },
};

const backupText = () =>
  JSON.stringify(toBackup({ settings: { ...DEFAULT_SETTINGS, complaintKeywords: ['cold'] }, pages: [page], comments: [stored], exportedAt: 1_700_001_000_000 }));

function errorOf(text: string): string {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

describe('backup format', () => {
  it('reads back exactly what it wrote, with a format and version', () => {
    const text = backupText();
    expect(JSON.parse(text)).toMatchObject({ format: 'reply-radar-backup', version: BACKUP_VERSION });
    const result = parseBackup(text);
    expect(result).toEqual({
      ok: true,
      backup: {
        format: 'reply-radar-backup',
        version: BACKUP_VERSION,
        exportedAt: 1_700_001_000_000,
        settings: { ...DEFAULT_SETTINGS, complaintKeywords: ['cold'] },
        pages: [page],
        comments: [stored],
      },
    });
  });

  it('keeps missed comments and the Missed rule, and a missed comment brought back', () => {
    const missed: StoredComment = { ...stored, key: 'facebook:102', id: '102', threadId: '102', status: 'missed', answeredBy: null, answeredAt: null, missedAt: 1_700_000_500_000, undo: null };
    const woken: StoredComment = { ...stored, key: 'facebook:103', id: '103', threadId: '103', status: 'pending', answeredBy: null, answeredAt: null, wokeAt: 1_700_000_600_000, undo: { status: 'missed', answeredBy: null, answeredAt: null, snoozedUntil: null } };
    const settings = { ...DEFAULT_SETTINGS, missedRule: { enabled: true, days: 45 } };
    const result = parseBackup(JSON.stringify(toBackup({ settings, pages: [page], comments: [missed, woken], exportedAt: 1_700_001_000_000 })));
    expect(result.ok && result.backup.comments).toEqual([missed, woken]);
    expect(result.ok && result.backup.settings.missedRule).toEqual({ enabled: true, days: 45 });
    const bad = JSON.parse(backupText());
    bad.settings.missedRule = { enabled: true, days: 0 };
    expect(parseBackup(JSON.stringify(bad)).ok).toBe(false);
  });

  it('keeps the "From notifications" note on a comment known only from a notification list', () => {
    const fromList: StoredComment = { ...stored, key: 'facebook:104', id: '104', threadId: '104', status: 'pending', answeredBy: null, answeredAt: null, undo: null, fromNotification: true };
    const result = parseBackup(JSON.stringify(toBackup({ settings: DEFAULT_SETTINGS, pages: [page], comments: [fromList], exportedAt: 1_700_001_000_000 })));
    expect(result.ok && result.backup.comments[0]?.fromNotification).toBe(true);
  });

  it('accepts a file saved with a byte order mark, and settings from an older version missing newer keys', () => {
    const data = JSON.parse(backupText());
    data.settings = { defaultThresholdHours: 8 };
    const result = parseBackup(`\uFEFF${JSON.stringify(data)}`);
    expect(result.ok && result.backup.settings).toEqual({ defaultThresholdHours: 8 });
  });

  it('refuses a file that is not JSON', () => {
    expect(errorOf('Name,Text\nJane,Hello')).toMatch(/not a Reply Radar backup.*not JSON/);
  });

  it('refuses JSON that is not a Reply Radar backup', () => {
    expect(errorOf('{"pages":[],"comments":[]}')).toMatch(/not a Reply Radar backup/);
    expect(errorOf('[1,2,3]')).toMatch(/not a Reply Radar backup/);
    expect(errorOf('null')).toMatch(/not a Reply Radar backup/);
  });

  it('refuses a backup from a newer version, telling the user to update', () => {
    const data = JSON.parse(backupText());
    data.version = BACKUP_VERSION + 1;
    expect(errorOf(JSON.stringify(data))).toMatch(/newer version of Reply Radar.*Update Reply Radar/);
    data.version = 'one';
    expect(errorOf(JSON.stringify(data))).toMatch(/version \("one"\) is not one Reply Radar can read/);
  });

  it('refuses half a backup: a file cut short, or one missing a part', () => {
    const text = backupText();
    expect(errorOf(text.slice(0, Math.floor(text.length / 2)))).toMatch(/incomplete: the file ends too early/);
    const data = JSON.parse(text);
    delete data.comments;
    expect(errorOf(JSON.stringify(data))).toMatch(/incomplete: it has no comments/);
  });

  it('refuses a damaged backup, pointing at the first bad record', () => {
    const data = JSON.parse(backupText());
    data.comments.push({ ...stored, key: 'facebook:102', postedAt: 'yesterday' });
    expect(errorOf(JSON.stringify(data))).toMatch(/damaged: comment 2 \(postedAt\) is not valid/);
    const bad = JSON.parse(backupText());
    bad.pages[0].platform = 'myspace';
    expect(errorOf(JSON.stringify(bad))).toMatch(/damaged: page 1 \(platform\)/);
    const badSettings = JSON.parse(backupText());
    badSettings.settings.defaultThresholdHours = -4;
    expect(errorOf(JSON.stringify(badSettings))).toMatch(/damaged: the settings \(defaultThresholdHours\)/);
  });

  it('says why in the interface’s language', async () => {
    await useLanguage('fr');
    try {
      expect(errorOf('Name,Text')).toBe(
        'Ce fichier n’est pas une sauvegarde de Reply Radar (ce n’est pas du JSON). Choisissez un fichier enregistré avec « Exporter une sauvegarde ».',
      );
      const data = JSON.parse(backupText());
      data.comments[0].status = 'maybe';
      expect(errorOf(JSON.stringify(data))).toBe('Cette sauvegarde est endommagée : le commentaire 1 (status) n’est pas valide.');
      data.comments[0].status = 'pending';
      delete data.pages;
      delete data.settings;
      expect(errorOf(JSON.stringify(data))).toMatch(/il lui manque les pages et les réglages/);
    } finally {
      await useLanguage('en');
    }
  });
});
