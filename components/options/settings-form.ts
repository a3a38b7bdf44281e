import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { formatNumber, t } from '../../utils/i18n';

/** The settings form as the user types it: numbers stay text until saved, so "1." isn't rewritten mid-typing. */
export interface SettingsDraft {
  defaultThresholdHours: string;
  priorityThresholdHours: string;
  businessEnabled: boolean;
  businessDays: number[];
  businessStart: string;
  businessEnd: string;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  notificationsEnabled: boolean;
  complaintKeywords: string;
  markersEnabled: boolean;
  showAnsweredMarkers: boolean;
  retentionDays: string;
  missedEnabled: boolean;
  missedDays: string;
}

export type DraftField = keyof SettingsDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export const MAX_THRESHOLD_HOURS = 24 * 365;
export const MAX_RETENTION_DAYS = 3_650;
export const MAX_MISSED_DAYS = 3_650;

export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    defaultThresholdHours: String(settings.defaultThresholdHours),
    priorityThresholdHours: String(settings.priorityThresholdHours),
    businessEnabled: settings.businessHours.enabled,
    businessDays: [...settings.businessHours.days],
    businessStart: settings.businessHours.start,
    businessEnd: settings.businessHours.end,
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    notificationsEnabled: settings.notificationsEnabled,
    complaintKeywords: settings.complaintKeywords.join(', '),
    markersEnabled: settings.markersEnabled,
    showAnsweredMarkers: settings.showAnsweredMarkers,
    retentionDays: String(settings.retentionDays),
    missedEnabled: settings.missedRule.enabled,
    missedDays: String(settings.missedRule.days),
  };
}

/** Hours as typed: a positive number up to a year, or an error sentence. Accepts a decimal comma ("1,5"). */
export function parseHours(typed: string): { ok: true; hours: number } | { ok: false; error: string } {
  const text = typed.trim().replace(',', '.');
  if (text === '') return { ok: false, error: t('settings.error.hoursMissing') };
  const hours = Number(text);
  if (!Number.isFinite(hours) || hours <= 0) return { ok: false, error: t('settings.error.hoursPositive', { example: formatNumber(1.5, 1) }) };
  if (hours > MAX_THRESHOLD_HOURS) return { ok: false, error: t('settings.error.hoursTooMany', { max: formatNumber(MAX_THRESHOLD_HOURS) }) };
  return { ok: true, hours };
}

/** Words separated by commas or new lines, trimmed, without duplicates. */
export function parseKeywords(typed: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of typed.split(/[,\n]/)) {
    const word = raw.trim();
    if (word && !seen.has(word.toLowerCase())) {
      seen.add(word.toLowerCase());
      words.push(word);
    }
  }
  return words;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Check the whole draft; on success, the settings to save. */
export function validateDraft(draft: SettingsDraft): { ok: true; settings: Partial<Settings> } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const defaultHours = parseHours(draft.defaultThresholdHours);
  if (!defaultHours.ok) errors.defaultThresholdHours = defaultHours.error;
  const priorityHours = parseHours(draft.priorityThresholdHours);
  if (!priorityHours.ok) errors.priorityThresholdHours = priorityHours.error;

  for (const field of ['businessStart', 'businessEnd', 'quietStart', 'quietEnd'] as const) {
    if (!TIME.test(draft[field])) errors[field] = t('settings.error.time');
  }
  if (draft.businessEnabled) {
    if (draft.businessDays.length === 0) errors.businessDays = t('settings.error.noWorkingDay');
    if (!errors.businessStart && !errors.businessEnd && draft.businessEnd <= draft.businessStart) {
      errors.businessEnd = t('settings.error.dayEndsBeforeStart');
    }
  }
  if (draft.quietEnabled && !errors.quietStart && !errors.quietEnd && draft.quietStart === draft.quietEnd) {
    errors.quietEnd = t('settings.error.quietSame');
  }

  const retention = Number(draft.retentionDays.trim());
  if (draft.retentionDays.trim() === '' || !Number.isInteger(retention) || retention < 1 || retention > MAX_RETENTION_DAYS) {
    errors.retentionDays = t('settings.error.retention', { max: formatNumber(MAX_RETENTION_DAYS) });
  }

  const missedDays = Number(draft.missedDays.trim());
  const missedValid = draft.missedDays.trim() !== '' && Number.isInteger(missedDays) && missedDays >= 1 && missedDays <= MAX_MISSED_DAYS;
  // Only a rule that is on needs its days; off, a half-typed number is simply not kept.
  if (draft.missedEnabled && !missedValid) errors.missedDays = t('missed.settingsError', { max: formatNumber(MAX_MISSED_DAYS) });

  if (Object.keys(errors).length > 0 || !defaultHours.ok || !priorityHours.ok) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      defaultThresholdHours: defaultHours.hours,
      priorityThresholdHours: priorityHours.hours,
      businessHours: {
        enabled: draft.businessEnabled,
        days: [...draft.businessDays].sort((a, b) => a - b),
        start: draft.businessStart,
        end: draft.businessEnd,
      },
      quietHours: { enabled: draft.quietEnabled, start: draft.quietStart, end: draft.quietEnd },
      notificationsEnabled: draft.notificationsEnabled,
      complaintKeywords: parseKeywords(draft.complaintKeywords),
      markersEnabled: draft.markersEnabled,
      showAnsweredMarkers: draft.showAnsweredMarkers,
      retentionDays: retention,
      ...(missedValid
        ? { missedRule: { enabled: draft.missedEnabled, days: missedDays } }
        : { missedRule: { enabled: false, days: DEFAULT_SETTINGS.missedRule.days } }),
    },
  };
}
