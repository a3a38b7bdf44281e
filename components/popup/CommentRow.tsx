import { useId, useState, type ReactNode, type Ref } from 'react';
import { PLATFORM_LABEL, type StoredComment } from '../../utils/model';
import { truncate } from '../shared/format';
import { t } from '../../utils/i18n';
import { safePlatformHref } from '../shared/safe-link';

/** What a collapsed row shows at most (CSS clamps it further to three lines). */
export const COLLAPSED_CHARS = 500;
/** What an expanded row shows at most; beyond this the platform is the place to read it. */
export const EXPANDED_CHARS = 5_000;
/** Text longer than this, or with this many line breaks, likely overflows three lines. */
const LIKELY_CLAMPED_CHARS = 160;
const LIKELY_CLAMPED_BREAKS = 2;

const REASON_LABEL = { question: 'popup.reason.question', complaint: 'popup.reason.complaint' } as const;

interface Props {
  comment: StoredComment;
  pageName: string;
  /** Waited time, snooze time or outcome, shown top right. */
  status: ReactNode;
  /** The row's buttons, after Open. */
  actions: ReactNode;
  /** What comes first in the row's head: a conversation's selection box. */
  lead?: ReactNode;
  /** What follows the comment before its buttons: the rest of its conversation. */
  more?: ReactNode;
  /** Extra class for the severity stripe. */
  tone?: string;
  tabIndex: number;
  onFocus: () => void;
  rowRef: Ref<HTMLLIElement>;
  onOpen: (comment: StoredComment) => void;
}

/** One comment in the popup: a list item holding who, what, where, how long, and what to do. */
export function CommentRow({ comment, pageName, status, actions, lead, more, tone, tabIndex, onFocus, rowRef, onOpen }: Props) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const name = { name: comment.authorName };
  const lineBreaks = comment.text.split('\n').length - 1;
  const expandable = comment.text.length > LIKELY_CLAMPED_CHARS || lineBreaks >= LIKELY_CLAMPED_BREAKS;
  const shown = truncate(comment.text, expanded ? EXPANDED_CHARS : COLLAPSED_CHARS);
  const href = safePlatformHref(comment.permalink);
  const openLabel = t('popup.action.openNamed', { name: comment.authorName, platform: PLATFORM_LABEL[comment.platform] });

  return (
    <li
      ref={rowRef}
      className={`row ${tone ?? ''}`}
      tabIndex={tabIndex}
      onFocus={onFocus}
      aria-labelledby={`${id}-author ${id}-status ${id}-text`}
      data-key={comment.key}
    >
      <div className="row-head">
        {lead}
        <span className="author" id={`${id}-author`}>
          {comment.authorName}
        </span>
        {comment.priorityReasons.map((reason) => (
          <span key={reason} className={`tag tag-${reason}`}>
            {t(REASON_LABEL[reason])}
          </span>
        ))}
        <span className="row-status" id={`${id}-status`}>
          {status}
        </span>
      </div>
      <p id={`${id}-text`} className={expanded ? 'text' : 'text clamped'}>
        {shown}
      </p>
      {expandable && (
        <button
          type="button"
          className="link-button more"
          aria-expanded={expanded}
          aria-controls={`${id}-text`}
          aria-label={expanded ? t('popup.action.lessNamed', name) : t('popup.action.moreNamed', name)}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('popup.action.less') : t('popup.action.more')}
        </button>
      )}
      <div className="row-foot">
        <span className="where">
          <span className={`platform-dot platform-${comment.platform}`} aria-hidden="true" />
          {pageName} · {PLATFORM_LABEL[comment.platform]}
        </span>
        {/* Known from the platform's notification list: its post hasn't been read yet. */}
        {comment.fromNotification && <span className="from-notifications"> · {t('popup.fromNotifications')}</span>}
      </div>
      {more}
      <div className="actions">
        {href ? (
          <a
            className="action"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={openLabel}
            onClick={(event) => {
              // A plain click lets the background reuse a tab already showing the post;
              // modified clicks keep the browser's own behaviour.
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              onOpen(comment);
            }}
          >
            {t('popup.action.open')}
          </a>
        ) : (
          <button type="button" className="action" aria-label={openLabel} onClick={() => onOpen(comment)}>
            {t('popup.action.open')}
          </button>
        )}
        {actions}
      </div>
    </li>
  );
}
