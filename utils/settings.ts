import { storage } from 'wxt/utils/storage';

/**
 * The user's preferences. They live in `browser.storage.local` (they belong to
 * the profile and are small); comments live in IndexedDB.
 */
export interface Settings {
  /** Hours before a visitor comment is overdue, unless its page sets its own. */
  defaultThresholdHours: number;
  /** Hours before a question or complaint is overdue. */
  priorityThresholdHours: number;
  businessHours: {
    enabled: boolean;
    /** 0 = Sunday … 6 = Saturday. */
    days: number[];
    /** "HH:mm", local time. */
    start: string;
    end: string;
  };
  quietHours: { enabled: boolean; start: string; end: string };
  notificationsEnabled: boolean;
  /** Extra complaint words, on top of the built-in lists of every language in `utils/rules/words`. */
  complaintKeywords: string[];
  /** On-page markers beside waiting comments. */
  markersEnabled: boolean;
  /** A quiet check beside answered comments. */
  showAnsweredMarkers: boolean;
  /** Addresses where the user chose "hide on this page". */
  markersHiddenOn: string[];
  /** Answered and won't-reply comments older than this are deleted. */
  retentionDays: number;
  /** Waiting comments older than `days` move to Missed: kept and counted, but no longer nudging. Off by default. */
  missedRule: { enabled: boolean; days: number };
}

export const DEFAULT_SETTINGS: Settings = {
  defaultThresholdHours: 24,
  priorityThresholdHours: 4,
  businessHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  quietHours: { enabled: false, start: '20:00', end: '08:00' },
  notificationsEnabled: true,
  complaintKeywords: [],
  markersEnabled: true,
  showAnsweredMarkers: false,
  markersHiddenOn: [],
  retentionDays: 180,
  missedRule: { enabled: false, days: 30 },
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Settings with defaults filled in for keys an older version did not store. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return withDefaults(stored);
}

export function withDefaults(partial: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    businessHours: { ...DEFAULT_SETTINGS.businessHours, ...partial?.businessHours },
    quietHours: { ...DEFAULT_SETTINGS.quietHours, ...partial?.quietHours },
    missedRule: { ...DEFAULT_SETTINGS.missedRule, ...partial?.missedRule },
  };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = withDefaults({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
