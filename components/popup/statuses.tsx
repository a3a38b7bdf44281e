import type { StoredComment } from '../../utils/model';
import type { Assessment, Severity } from '../../utils/rules';
import { formatAgo, formatDateTime, formatWaited, t } from '../../utils/i18n';

/** Severity in words next to its colour, so it never depends on colour alone. */
const SEVERITY_LABEL: Record<Severity, 'popup.severity.overdue' | 'popup.severity.dueSoon' | null> = {
  overdue: 'popup.severity.overdue',
  'due-soon': 'popup.severity.dueSoon',
  ok: null,
};

export function WaitedStatus({ assessment }: { assessment: Assessment }) {
  const label = SEVERITY_LABEL[assessment.severity];
  const waited = formatWaited(assessment.waitedMs);
  return (
    <span className={`waited sev-${assessment.severity}`} title={t('popup.waitingFor', { waited })}>
      {label && <span className="sev-label">{t(label)} · </span>}
      {waited}
    </span>
  );
}

export function SnoozedStatus({ until }: { until: number | null }) {
  return <span className="waited muted">{until ? t('popup.snoozedUntil', { time: formatDateTime(until) }) : t('popup.snoozed')}</span>;
}

export function DoneStatus({ comment, at, now }: { comment: StoredComment; at: number; now: number }) {
  const outcome =
    comment.status === 'wont-reply'
      ? t('popup.outcome.wontReply')
      : comment.answeredBy === 'page'
        ? t('popup.outcome.repliedOnPage')
        : t('popup.outcome.markedReplied');
  return (
    <span className="waited muted">
      {outcome} · {formatAgo(now - at)}
    </span>
  );
}

/** How long a missed comment has waited: it is still owed an answer, only no longer nudging. */
export function MissedStatus({ comment, now }: { comment: StoredComment; now: number }) {
  return <span className="waited muted">{t('missed.status', { waited: formatWaited(Math.max(0, now - comment.postedAt)) })}</span>;
}
