import { useEffect, useRef, useState } from 'react';
import type { Toast as ToastData } from './use-comment-actions';

import { t } from '../../utils/i18n';
/** How long a toast stays, unless the pointer or focus is on it. */
export const TOAST_MS = 10_000;

interface Props {
  toast: ToastData | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * The result of the last action, with Undo. The live region is always in the
 * document so screen readers announce each new message.
 */
export function Toast({ toast, onUndo, onDismiss }: Props) {
  const [held, setHeld] = useState(false);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, held, onDismiss]);

  return (
    <div
      ref={region}
      className="toast-region"
      role="status"
      aria-live="polite"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!region.current?.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      {toast && (
        <div className="toast" key={toast.id}>
          <span>{toast.message}</span>
          {toast.undoKeys && (
            <button type="button" className="toast-button" onClick={onUndo} title={t('popup.toast.undoShortcut')}>
              {t('popup.action.undo')}
            </button>
          )}
          <button type="button" className="toast-close" aria-label={t('common.dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
