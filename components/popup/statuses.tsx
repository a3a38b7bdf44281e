import type { StoredComment } from '../../utils/model';
import { formatWaited, type Assessment, type Severity } from '../../utils/rules';
import { formatAgo, formatDateTime } from '../shared/format';

/** Severity in words next to its colour, so it never depends on colour alone. */
const SEVERITY_LABEL: Record<Severity, string | null> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  ok: null,
};

export function WaitedStatus({ assessment }: { assessment: Assessment }) {
  const label = SEVERITY_LABEL[assessment.severity];
  const waited = formatWaited(assessment.waitedMs);
  return (
    <span className={`waited sev-${assessment.severity}`} title={`Waiting for ${waited}`}>
      {label && <span className="sev-label">{label} · </span>}
      {waited}
    </span>
  );
}

export function SnoozedStatus({ until }: { until: number | null }) {
  return <span className="waited muted">{until ? `Until ${formatDateTime(until)}` : 'Snoozed'}</span>;
}

export function DoneStatus({ comment, at, now }: { comment: StoredComment; at: number; now: number }) {
  const outcome =
    comment.status === 'wont-reply' ? "Won't reply" : comment.answeredBy === 'page' ? 'Replied on the page' : 'Marked replied';
  return (
    <span className="waited muted">
      {outcome} · {formatAgo(now - at)}
    </span>
  );
}
