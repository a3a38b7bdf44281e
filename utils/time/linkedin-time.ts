import { tz } from '@date-fns/tz';
import { isValid, parseISO, sub, type Duration } from 'date-fns';
import type { ObservedTime } from '../model';

export interface LinkedInTime {
  at: number;
  source: 'id' | 'absolute' | 'relative';
}

/*
 * LinkedIn's short relative labels, by unit word.
 * English ("now", "5m", "2h", "3d", "1w", "2mo", "1yr") is verified against scrapers and captures
 * (comment-markup.md §2.2). Spanish ("ahora", "5 min", "2 h", "3 d", "1 sem", "2 meses", "1 año") is NOT verified
 * against a live LinkedIn capture: no public Spanish capture was found, so these follow CLDR's Spanish short units,
 * and we also accept the long words and the "hace …" form in case LinkedIn spells them out.
 * A bare "m" is minutes, as in English: Spanish months are always "mes"/"meses".
 */
const UNITS: Record<string, keyof Duration> = {
  s: 'seconds', second: 'seconds', seconds: 'seconds', seg: 'seconds', segundo: 'seconds', segundos: 'seconds',
  m: 'minutes', minute: 'minutes', minutes: 'minutes', min: 'minutes', minuto: 'minutes', minutos: 'minutes',
  h: 'hours', hr: 'hours', hour: 'hours', hours: 'hours', hora: 'hours', horas: 'hours',
  d: 'days', day: 'days', days: 'days', día: 'days', días: 'days', dia: 'days', dias: 'days',
  w: 'weeks', week: 'weeks', weeks: 'weeks', sem: 'weeks', semana: 'weeks', semanas: 'weeks',
  mo: 'months', month: 'months', months: 'months', mes: 'months', meses: 'months',
  y: 'years', yr: 'years', year: 'years', years: 'years', a: 'years', año: 'years', años: 'years',
};
const NOW = new Set(['now', 'just now', 'ahora', 'justo ahora', 'ahora mismo']);

function relativeDuration(label: string): Duration | null {
  const s = label
    .toLowerCase()
    .replace(/\((?:edited|editado)\)/g, '')
    .replace(/[•·]/g, ' ')
    .replace(/^\s*hace\s+/, '')
    .replace(/\s+ago\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (NOW.has(s)) return {};
  const m = /^(\d{1,4})\s?([a-záéíóúñ]+)\.?$/.exec(s);
  const unit = m && UNITS[m[2]!];
  return unit ? { [unit]: Number(m[1]) } : null;
}

/**
 * When a LinkedIn comment was posted, best source first: the comment id (exact), an absolute
 * label (a `datetime` attribute), then the relative label counted back from when we saw it.
 * Calendar units count in UTC so a result never depends on the machine's time zone; a "3d"
 * label is coarser than any daylight-saving hour anyway.
 */
export function parseLinkedInTime(time: ObservedTime, observedAt: number): LinkedInTime | null {
  if (typeof time.epochMs === 'number' && Number.isFinite(time.epochMs) && time.epochMs > 0) {
    return { at: time.epochMs, source: 'id' };
  }
  if (time.absoluteLabel) {
    const at = parseISO(time.absoluteLabel.trim());
    if (isValid(at)) return { at: at.getTime(), source: 'absolute' };
  }
  const duration = time.label ? relativeDuration(time.label) : null;
  if (!duration || !Number.isFinite(observedAt)) return null;
  return { at: sub(observedAt, duration, { in: tz('UTC') }).getTime(), source: 'relative' };
}
