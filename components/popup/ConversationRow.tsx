import { useId, useState, type ReactNode } from 'react';
import type { StoredComment } from '../../utils/model';
import type { Conversation, SnoozeChoice } from '../../utils/rules';
import { PLATFORM_LABEL } from '../../utils/model';
import { formatWaited, plural, t } from '../../utils/i18n';
import { truncate } from '../shared/format';
import { CommentRow } from './CommentRow';
import type { RowProps } from './RovingList';
import { SnoozeMenu } from './SnoozeMenu';
import { WaitedStatus } from './statuses';
import type { CommentAction } from './use-comment-actions';

/** Names listed after "+N more waiting"; the rest are counted. */
const NAMES_SHOWN = 3;

interface Props {
  conversation: Conversation;
  pageName: string;
  row: RowProps;
  now: number;
  onOpen: (comment: StoredComment) => void;
  /** One action on these comments: the whole conversation, or one comment of it. */
  onAct: (comments: readonly StoredComment[], action: CommentAction) => void;
  onSnooze: (comments: readonly StoredComment[], choice: SnoozeChoice) => void;
  /** Ticked for a bulk action; absent where the list offers none. */
  selection?: { selected: boolean; onChange: (selected: boolean) => void };
  /** "Won't reply to all N waiting on this post", after the row's own buttons. */
  postAction?: ReactNode;
}

/**
 * One waiting conversation: the comment that needs an answer first, then
 * "+N more waiting in this thread" with their names, expandable to each.
 * The row's buttons act on every waiting comment of it; an expanded comment's
 * buttons on that comment alone.
 */
export function ConversationRow({ conversation, pageName, row, now, onOpen, onAct, onSnooze, selection, postAction }: Props) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const { first, waiting, urgent } = conversation;
  const others = waiting.filter((c) => c.key !== first.key);
  const name = { name: first.authorName };
  const whole = others.length > 0;
  // With several comments the buttons name what they act on; alone, a comment is named as before.
  const subject = whole ? plural('conversation.subject', waiting.length, name) : null;
  const act = (action: CommentAction) => {
    row.willRemove();
    onAct(waiting, action);
  };

  return (
    <CommentRow
      comment={first}
      pageName={pageName}
      tone={`tone-${urgent.assessment.severity}`}
      status={<WaitedStatus assessment={urgent.assessment} />}
      tabIndex={row.tabIndex}
      onFocus={row.onFocus}
      rowRef={row.rowRef}
      onOpen={onOpen}
      lead={
        selection && (
          <input
            type="checkbox"
            className="select-box"
            checked={selection.selected}
            aria-label={t('bulk.selectNamed', name)}
            onChange={(event) => selection.onChange(event.target.checked)}
          />
        )
      }
      more={
        whole && (
          <div className="thread-more">
            <span id={`${id}-more`}>{plural('conversation.more', others.length, { names: names(others) })}</span>{' '}
            <button
              type="button"
              className="link-button"
              aria-expanded={expanded}
              aria-controls={`${id}-members`}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? t('conversation.hide') : t('conversation.showEach')}
            </button>
            {expanded && (
              <ul id={`${id}-members`} className="members" aria-label={t('conversation.members', { name: first.authorName })}>
                {waiting.map((comment) => (
                  <Member
                    key={comment.key}
                    comment={comment}
                    waited={formatWaited(Math.max(0, now - comment.postedAt))}
                    onOpen={onOpen}
                    onAct={(action) => onAct([comment], action)}
                    onSnooze={(choice) => onSnooze([comment], choice)}
                  />
                ))}
              </ul>
            )}
          </div>
        )
      }
      actions={
        <>
          <button
            type="button"
            className="action primary"
            aria-label={subject ? `${t('popup.action.markReplied')}: ${subject}` : t('popup.action.markRepliedNamed', name)}
            onClick={() => act('mark-replied')}
          >
            {t('popup.action.markReplied')}
          </button>
          <SnoozeMenu
            authorName={first.authorName}
            onChoose={(choice) => {
              row.willRemove();
              onSnooze(waiting, choice);
            }}
          />
          <button
            type="button"
            className="action"
            aria-label={subject ? `${t('popup.action.wontReply')}: ${subject}` : t('popup.action.wontReplyNamed', name)}
            onClick={() => act('wont-reply')}
          >
            {t('popup.action.wontReply')}
          </button>
          {postAction}
        </>
      }
    />
  );
}

function names(comments: readonly StoredComment[]): string {
  const unique = [...new Set(comments.map((c) => c.authorName))];
  const shown = unique.slice(0, NAMES_SHOWN).join(', ');
  return unique.length > NAMES_SHOWN ? plural('conversation.andMore', unique.length - NAMES_SHOWN, { names: shown }) : shown;
}

interface MemberProps {
  comment: StoredComment;
  waited: string;
  onOpen: (comment: StoredComment) => void;
  onAct: (action: CommentAction) => void;
  onSnooze: (choice: SnoozeChoice) => void;
}

/** One comment of an expanded conversation, handled on its own. */
function Member({ comment, waited, onOpen, onAct, onSnooze }: MemberProps) {
  const name = { name: comment.authorName };
  return (
    <li className="member">
      <div className="row-head">
        <span className="author">{comment.authorName}</span>
        <span className="row-status">
          <span className="waited">{waited}</span>
        </span>
      </div>
      <p className="text clamped">{truncate(comment.text, 300)}</p>
      <div className="actions">
        <button type="button" className="action" aria-label={t('popup.action.openNamed', { ...name, platform: PLATFORM_LABEL[comment.platform] })} onClick={() => onOpen(comment)}>
          {t('popup.action.open')}
        </button>
        <button type="button" className="action" aria-label={t('popup.action.markRepliedNamed', name)} onClick={() => onAct('mark-replied')}>
          {t('popup.action.markReplied')}
        </button>
        <SnoozeMenu authorName={comment.authorName} onChoose={onSnooze} />
        <button type="button" className="action" aria-label={t('popup.action.wontReplyNamed', name)} onClick={() => onAct('wont-reply')}>
          {t('popup.action.wontReply')}
        </button>
      </div>
    </li>
  );
}
