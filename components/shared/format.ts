/**
 * Display helpers shared by the popup and the options page. Durations come
 * from the rules' `formatWaited`; these only phrase them.
 */
import { formatWaited } from '../../utils/rules';

/** "12 min ago", "just now". */
export function formatAgo(ms: number): string {
  const waited = formatWaited(Math.max(0, ms));
  return waited === 'just now' ? waited : `${waited} ago`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** "Tue 4 Mar, 09:00" in the user's locale. */
export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

export function formatDate(ms: number): string {
  return dateOnly.format(ms);
}

/** Cut long text at a word boundary near `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** "Jane Doe's": used in accessible names ("Mark replied: Jane Doe's comment"). */
export function possessive(name: string): string {
  return `${name}'s`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
