import type { ManagedPage } from '../../utils/model';
import type { Settings } from '../../utils/settings';

/**
 * The one-line definitions shown under each figure. Written for a manager:
 * what was counted, over what, and what was left out.
 */

/** "the page's 24 h limit (4 h for questions and complaints)", or "each page's own limit" when pages differ. */
export function limitPhrase(pages: readonly ManagedPage[], settings: Settings): string {
  const regular = new Set(pages.map((page) => page.thresholdHours ?? settings.defaultThresholdHours));
  if (regular.size === 0) regular.add(settings.defaultThresholdHours);
  if (regular.size > 1) return "each page's own time limit (shorter for questions and complaints)";
  const hours = [...regular][0]!;
  const priority = Math.min(settings.priorityThresholdHours, hours);
  const owner = pages.length === 1 ? "the page's" : 'the';
  return priority < hours
    ? `${owner} ${hours} h time limit (${priority} h for questions and complaints)`
    : `${owner} ${hours} h time limit`;
}

export function definitions(pages: readonly ManagedPage[], settings: Settings) {
  const counting = settings.businessHours.enabled ? ', counting business hours only' : '';
  return {
    withinThreshold: `Of the visitor comments posted in this period (won't-reply, and those still inside their time limit, left out), the share answered within ${limitPhrase(pages, settings)}${counting}.`,
    within24h: "Of the visitor comments posted in this period (won't-reply, and those waiting less than a day, left out), the share answered within 24 hours on the clock.",
    median: 'Half of the answered comments got their first reply faster than this, half slower.',
    mean: 'The time to first reply added up over all answered comments, divided by how many there are.',
    fastest90:
      'The average time to first reply with the slowest tenth left out, as Meta measures it for its “very responsive” badge (15 min).',
    pendingNow: 'Comments with no reply yet, whenever they were posted (snoozed ones included).',
    overdueNow: "Comments waiting right now for longer than their page's time limit.",
    wontReply: "Comments posted in this period that you chose not to answer. They are left out of the rates and times.",
  };
}
