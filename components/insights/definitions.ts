import type { ManagedPage } from '../../utils/model';
import type { Settings } from '../../utils/settings';
import { formatUnit, t } from '../../utils/i18n';

/**
 * The one-line definitions shown under each figure. Written for a manager:
 * what was counted, over what, and what was left out.
 */

/** "the page's 24 hr time limit (4 hr for questions and complaints)", or "each page's own limit" when pages differ. */
export function limitPhrase(pages: readonly ManagedPage[], settings: Settings): string {
  const regular = new Set(pages.map((page) => page.thresholdHours ?? settings.defaultThresholdHours));
  if (regular.size === 0) regular.add(settings.defaultThresholdHours);
  if (regular.size > 1) return t('insights.limit.eachPage');
  const hours = [...regular][0]!;
  const priorityHours = Math.min(settings.priorityThresholdHours, hours);
  const limit = formatUnit(hours, 'hour');
  const priority = formatUnit(priorityHours, 'hour');
  const onePage = pages.length === 1;
  if (priorityHours < hours) {
    return onePage ? t('insights.limit.pageWithPriority', { limit, priority }) : t('insights.limit.sharedWithPriority', { limit, priority });
  }
  return onePage ? t('insights.limit.page', { limit }) : t('insights.limit.shared', { limit });
}

export function definitions(pages: readonly ManagedPage[], settings: Settings) {
  const limit = limitPhrase(pages, settings);
  return {
    withinThreshold: settings.businessHours.enabled
      ? t('insights.definition.withinThresholdBusinessHours', { limit })
      : t('insights.definition.withinThreshold', { limit }),
    within24h: t('insights.definition.within24h'),
    median: t('insights.definition.median'),
    mean: t('insights.definition.mean'),
    fastest90: t('insights.definition.fastest90'),
    pendingNow: t('insights.definition.pendingNow'),
    overdueNow: t('insights.definition.overdueNow'),
    wontReply: t('insights.definition.wontReply'),
  };
}
