import { useCallback, useRef, useState } from 'react';
import type { StoredComment } from '../../utils/model';
import type { CommandMessage } from '../../utils/messaging/protocol';
import { sendCommand } from '../../utils/messaging/send';
import { formatDateTime, plural, t } from '../../utils/i18n';
import type { BulkScope } from '../../utils/rules/bulk';

export type CommentAction = Extract<CommandMessage, { type: 'comment-action' }>['action'];

export interface Toast {
  /** Changes with every toast, so the same message twice is announced twice. */
  id: number;
  message: string;
  /** The comments whose last action Undo reverts (each one); null when there is nothing to undo. */
  undoKeys: string[] | null;
}

function doneMessage(action: CommentAction, name: string, count: number, until: number | undefined): string {
  // A conversation of several: say whose it was and how many comments the one click settled.
  return count > 1 ? conversationMessage(action, name, count, until) : actionMessage(action, name, until);
}

function actionMessage(action: CommentAction, name: string, until: number | undefined): string {
  switch (action) {
    case 'mark-replied':
      return t('popup.toast.markedReplied', { name });
    case 'wont-reply':
      return t('popup.toast.wontReply', { name });
    case 'snooze':
      return t('popup.toast.snoozed', { name, time: formatDateTime(until ?? Date.now()) });
    case 'unsnooze':
    case 'undo':
      return t('popup.toast.backInWaiting', { name });
  }
}

function conversationMessage(action: CommentAction, name: string, count: number, until: number | undefined): string {
  switch (action) {
    case 'mark-replied':
      return plural('conversation.toast.markedReplied', count, { name });
    case 'wont-reply':
      return plural('conversation.toast.wontReply', count, { name });
    case 'snooze':
      return plural('conversation.toast.snoozed', count, { name, time: formatDateTime(until ?? Date.now()) });
    case 'unsnooze':
    case 'undo':
      return plural('conversation.toast.backInWaiting', count, { name });
  }
}

/** What a toast says after one action on many comments (a selection, a post, everything older). */
function bulkMessage(action: CommentAction, count: number, until: number | undefined): string {
  switch (action) {
    case 'mark-replied':
      return plural('bulk.toast.markedReplied', count);
    case 'wont-reply':
      return plural('bulk.toast.wontReply', count);
    case 'snooze':
      return plural('bulk.toast.snoozed', count, { time: formatDateTime(until ?? Date.now()) });
    case 'unsnooze':
    case 'undo':
      return t('popup.toast.undone');
  }
}

/**
 * Sends the popup's commands to the background and keeps what the user needs
 * to see about them: a toast with Undo after each action, an error otherwise.
 */
export function useCommentActions() {
  const [toast, setToast] = useState<Toast | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sequence = useRef(0);

  const show = useCallback((message: string, undoKeys: string[] | null) => {
    sequence.current += 1;
    setToast({ id: sequence.current, message, undoKeys });
  }, []);

  /**
   * One action on one comment, or on every comment of a conversation (the
   * first one names it in the toast). Undo then restores each.
   */
  const act = useCallback(
    async (comments: StoredComment | readonly StoredComment[], action: CommentAction, until?: number): Promise<boolean> => {
      const list = Array.isArray(comments) ? comments : [comments as StoredComment];
      const first = list[0];
      if (!first) return false;
      setError(null);
      const keys = list.map((c) => c.key);
      const result = await sendCommand(
        keys.length === 1
          ? { type: 'comment-action', key: first.key, action, ...(until !== undefined && { until }) }
          : { type: 'comments-action', keys, action, ...(until !== undefined && { until }) },
      );
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      show(doneMessage(action, first.authorName, list.length, until), action === 'undo' ? null : keys);
      return true;
    },
    [show],
  );

  /**
   * One action on the comments of several conversations the user ticked: one
   * command, one toast, and Undo restores each comment as it was.
   */
  const actOnSelection = useCallback(
    async (comments: readonly StoredComment[], action: CommentAction, until?: number): Promise<boolean> => {
      if (comments.length === 0) return false;
      setError(null);
      const keys = comments.map((c) => c.key);
      const result = await sendCommand({ type: 'comments-action', keys, action, ...(until !== undefined && { until }) });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      show(bulkMessage(action, keys.length, until), keys);
      return true;
    },
    [show],
  );

  /** One action on everything a scope reaches (a post, everything older), decided by the background; Undo restores each. */
  const actOnScope = useCallback(
    async (scope: BulkScope, action: Extract<CommentAction, 'mark-replied' | 'wont-reply'>): Promise<boolean> => {
      setError(null);
      // Tens of thousands take the background a while: say it is at work, and offer no Undo until it is done.
      show(t('bulk.working'), null);
      const result = await sendCommand<{ keys: string[] }>({ type: 'bulk-action', scope, action });
      if (!result.ok) {
        setToast(null);
        setError(result.error);
        return false;
      }
      const keys = result.value?.keys ?? [];
      show(bulkMessage(action, keys.length, undefined), keys);
      return true;
    },
    [show],
  );

  const undo = useCallback(async () => {
    const keys = toast?.undoKeys;
    if (!keys) return;
    setError(null);
    const before = toast;
    // An Undo of many is work too; meanwhile the toast says so, and a second Ctrl+Z finds nothing to repeat.
    if (keys.length > 1) show(t('bulk.working'), null);
    const result = await sendCommand(keys.length === 1 ? { type: 'comment-action', key: keys[0]!, action: 'undo' } : { type: 'comments-action', keys, action: 'undo' });
    if (!result.ok) {
      // Nothing was undone: the Undo stays on offer.
      setToast(before);
      setError(result.error);
      return;
    }
    show(t('popup.toast.undone'), null);
  }, [toast, show]);

  const open = useCallback(async (comment: StoredComment) => {
    setError(null);
    const result = await sendCommand({ type: 'open-comment', key: comment.key });
    if (!result.ok) setError(result.error);
  }, []);

  return {
    toast,
    error,
    act,
    actOnSelection,
    actOnScope,
    undo,
    open,
    dismissToast: useCallback(() => setToast(null), []),
    dismissError: useCallback(() => setError(null), []),
    reportError: setError,
  };
}
