import { useEffect, useId, useRef, useState } from 'react';
import type { SnoozeChoice } from '../../utils/rules';
import { formatNumber, plural, t } from '../../utils/i18n';
import { SnoozeMenu } from './SnoozeMenu';
import type { CommentAction } from './use-comment-actions';

interface BarProps {
  /** Conversations shown in the list (loaded and matching the filters). */
  shown: number;
  /** Of those, how many are ticked. */
  selected: number;
  onSelectAll: (all: boolean) => void;
  onAct: (action: Extract<CommentAction, 'mark-replied' | 'wont-reply'>) => void;
  onSnooze: (choice: SnoozeChoice) => void;
  /** "… older than 7 days": counted when asked, confirmed with the count, then done. */
  olderThan: { days: number; count: () => Promise<number>; act: () => void };
}

/**
 * Above the waiting list: tick every conversation shown, act on the ticked
 * ones at once, or set aside everything that has waited too long.
 */
export function BulkBar({ shown, selected, onSelectAll, onAct, onSnooze, olderThan }: BarProps) {
  const all = useRef<HTMLInputElement>(null);
  const some = selected > 0 && selected < shown;
  useEffect(() => {
    if (all.current) all.current.indeterminate = some;
  }, [some]);
  const days = { days: formatNumber(olderThan.days) };

  return (
    <div className="bulk-bar">
      <div className="bulk-row">
        <label className="bulk-all">
          <input
            ref={all}
            type="checkbox"
            checked={shown > 0 && selected === shown}
            onChange={(event) => onSelectAll(event.target.checked)}
          />{' '}
          {t('bulk.selectAll', { count: formatNumber(shown) })}
        </label>
        <ScopeAction
          label={t('bulk.olderThan', days)}
          count={olderThan.count}
          confirmLabel={(count) => plural('bulk.olderThanConfirm', count, days)}
          noneLabel={t('bulk.olderThanNone', days)}
          onConfirm={olderThan.act}
        />
      </div>
      {selected > 0 && (
        <div className="bulk-row" role="group" aria-label={t('bulk.group')}>
          <span className="bulk-count" aria-live="polite">
            {plural('bulk.selected', selected)}
          </span>
          <button type="button" className="action primary" aria-label={t('bulk.markRepliedSelected')} onClick={() => onAct('mark-replied')}>
            {t('popup.action.markReplied')}
          </button>
          <SnoozeMenu
            authorName=""
            labels={{ button: t('bulk.snoozeSelected'), menu: t('bulk.snoozeSelectedUntil'), confirm: t('bulk.snoozeSelectedConfirm') }}
            onChoose={onSnooze}
          />
          <button type="button" className="action" aria-label={t('bulk.wontReplySelected')} onClick={() => onAct('wont-reply')}>
            {t('popup.action.wontReply')}
          </button>
          <button type="button" className="link-button" onClick={() => onSelectAll(false)}>
            {t('bulk.clear')}
          </button>
        </div>
      )}
    </div>
  );
}

interface ScopeProps {
  label: string;
  /** The start button's accessible name, when its words need the row's context; it begins with `label`. */
  ariaLabel?: string;
  /** How many the action would reach right now. */
  count: () => Promise<number>;
  confirmLabel: (count: number) => string;
  noneLabel: string;
  onConfirm: () => void;
}

type ScopeState = { step: 'idle' } | { step: 'counting' } | { step: 'confirm'; count: number };

/**
 * An action over many comments, in two steps: the first click counts what it
 * would reach, the second (on a button saying that count) does it.
 */
export function ScopeAction({ label, ariaLabel, count, confirmLabel, noneLabel, onConfirm }: ScopeProps) {
  const [state, setState] = useState<ScopeState>({ step: 'idle' });
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const live = useRef(true);
  const id = useId();
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (state.step === 'confirm') confirmRef.current?.focus();
  }, [state.step]);

  const start = async () => {
    setState({ step: 'counting' });
    const counted = await count();
    if (live.current) setState({ step: 'confirm', count: counted });
  };
  const cancel = () => {
    setState({ step: 'idle' });
    requestAnimationFrame(() => startRef.current?.focus());
  };

  if (state.step === 'idle') {
    return (
      <button ref={startRef} type="button" className="action ghost" aria-label={ariaLabel} onClick={() => void start()}>
        {label}
      </button>
    );
  }
  if (state.step === 'counting') {
    return (
      <span className="scope-confirm" role="status">
        {t('bulk.counting')}
      </span>
    );
  }
  return (
    <span className="scope-confirm" role="group" aria-labelledby={state.count === 0 ? `${id}-none` : undefined}>
      {state.count === 0 ? (
        <span id={`${id}-none`} role="status">
          {noneLabel}
        </span>
      ) : (
        <button
          ref={confirmRef}
          type="button"
          className="action danger"
          onClick={() => {
            setState({ step: 'idle' });
            onConfirm();
          }}
        >
          {confirmLabel(state.count)}
        </button>
      )}{' '}
      <button ref={state.count === 0 ? confirmRef : undefined} type="button" className="action ghost" onClick={cancel}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
