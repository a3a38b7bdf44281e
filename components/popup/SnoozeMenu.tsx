import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SnoozeChoice } from '../../utils/rules';
import { possessive } from '../shared/format';

interface Props {
  authorName: string;
  onChoose: (choice: SnoozeChoice) => void;
}

const PRESETS: { label: string; choice: SnoozeChoice }[] = [
  { label: '1 hour', choice: { kind: '1h' } },
  { label: '3 hours', choice: { kind: '3h' } },
  { label: 'Tomorrow 9:00', choice: { kind: 'tomorrow' } },
];

/** Height the open menu needs; near the popup's bottom edge it opens upwards instead. */
const MENU_HEIGHT_PX = 170;

/**
 * The Snooze button and its menu (WAI-ARIA menu button pattern): arrows move
 * between choices, Escape closes and returns focus to the button.
 */
export function SnoozeMenu({ authorName, onChoose }: Props) {
  const [open, setOpen] = useState(false);
  const [upwards, setUpwards] = useState(false);
  const [picking, setPicking] = useState(false);
  const [pickedValue, setPickedValue] = useState('');
  const [pickError, setPickError] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const pickRef = useRef<HTMLInputElement>(null);
  const menuId = useId();
  const pickErrorId = useId();
  const owner = possessive(authorName);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOnOutsideClick = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [open]);

  useEffect(() => {
    if (picking) pickRef.current?.focus();
  }, [picking]);

  const toggle = () => {
    if (!open) {
      const bottom = buttonRef.current?.getBoundingClientRect().bottom ?? 0;
      setUpwards(bottom > 0 && bottom + MENU_HEIGHT_PX > window.innerHeight && bottom > MENU_HEIGHT_PX);
    }
    setOpen(!open);
  };

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = (choice: SnoozeChoice) => {
    close(true);
    onChoose(choice);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setOpen(false);
        return; // let focus move on
      default:
        return;
    }
    event.preventDefault();
    // The list uses the same arrows to move between rows.
    event.stopPropagation();
  };

  const submitPicked = () => {
    const at = pickedValue ? new Date(pickedValue).getTime() : NaN;
    if (!Number.isFinite(at)) {
      setPickError('Choose a date and time.');
      return;
    }
    if (at <= Date.now()) {
      setPickError('Choose a time in the future.');
      return;
    }
    setPicking(false);
    setPickError(null);
    onChoose({ kind: 'until', at });
  };

  return (
    <div className="snooze">
      <button
        ref={buttonRef}
        type="button"
        className="action"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Snooze ${owner} comment`}
        onClick={toggle}
      >
        Snooze <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Snooze ${owner} comment until`}
          className={upwards ? 'menu menu-up' : 'menu'}
          onKeyDown={onMenuKeyDown}
        >
          {PRESETS.map(({ label, choice }) => (
            <button key={label} type="button" role="menuitem" tabIndex={-1} onClick={() => choose(choice)}>
              {label}
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              close(false);
              setPicking(true);
            }}
          >
            Pick a time…
          </button>
        </div>
      )}
      {picking && (
        <form
          className="snooze-pick"
          onSubmit={(event) => {
            event.preventDefault();
            submitPicked();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setPicking(false);
              buttonRef.current?.focus();
            }
          }}
        >
          <label>
            <span>Snooze until</span>
            <input
              ref={pickRef}
              type="datetime-local"
              value={pickedValue}
              aria-invalid={pickError !== null}
              aria-describedby={pickError ? pickErrorId : undefined}
              onChange={(event) => setPickedValue(event.target.value)}
            />
          </label>
          <button type="submit" className="action primary" aria-label={`Snooze ${owner} comment until this time`}>
            Snooze
          </button>
          <button
            type="button"
            className="action"
            onClick={() => {
              setPicking(false);
              buttonRef.current?.focus();
            }}
          >
            Cancel
          </button>
          {pickError && (
            <p id={pickErrorId} className="field-error" role="alert">
              {pickError}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
