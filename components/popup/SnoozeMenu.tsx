import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SnoozeChoice } from '../../utils/rules';
import { dateFormatter, t } from '../../utils/i18n';

interface Props {
  authorName: string;
  /** The button's, menu's and confirm button's accessible names when the menu acts on more than one comment. */
  labels?: { button: string; menu: string; confirm: string };
  onChoose: (choice: SnoozeChoice) => void;
}

/** The menu's fixed choices, in the interface's language ("Tomorrow 9:00 AM", "Morgen 09:00"). */
function presets(): { label: string; choice: SnoozeChoice }[] {
  const nine = new Date();
  nine.setHours(9, 0, 0, 0);
  const time = dateFormatter({ hour: 'numeric', minute: '2-digit' }).format(nine);
  return [
    { label: t('popup.snooze.oneHour'), choice: { kind: '1h' } },
    { label: t('popup.snooze.threeHours'), choice: { kind: '3h' } },
    { label: t('popup.snooze.tomorrow', { time }), choice: { kind: 'tomorrow' } },
  ];
}

/** Height the open menu needs; near the popup's bottom edge it opens upwards instead. */
const MENU_HEIGHT_PX = 170;

/**
 * The Snooze button and its menu (WAI-ARIA menu button pattern): arrows move
 * between choices, Escape closes and returns focus to the button.
 */
export function SnoozeMenu({ authorName, labels, onChoose }: Props) {
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
  const name = { name: authorName };

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
      setPickError(t('popup.snooze.pickMissing'));
      return;
    }
    if (at <= Date.now()) {
      setPickError(t('popup.snooze.pickPast'));
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
        aria-label={labels?.button ?? t('popup.snooze.buttonNamed', name)}
        onClick={toggle}
      >
        {t('popup.snooze.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={labels?.menu ?? t('popup.snooze.menuNamed', name)}
          className={upwards ? 'menu menu-up' : 'menu'}
          onKeyDown={onMenuKeyDown}
        >
          {presets().map(({ label, choice }) => (
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
            {t('popup.snooze.pick')}
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
            <span>{t('popup.snooze.until')}</span>
            <input
              ref={pickRef}
              type="datetime-local"
              value={pickedValue}
              aria-invalid={pickError !== null}
              aria-describedby={pickError ? pickErrorId : undefined}
              onChange={(event) => setPickedValue(event.target.value)}
            />
          </label>
          <button type="submit" className="action primary" aria-label={labels?.confirm ?? t('popup.snooze.confirmNamed', name)}>
            {t('popup.snooze.button')}
          </button>
          <button
            type="button"
            className="action"
            onClick={() => {
              setPicking(false);
              buttonRef.current?.focus();
            }}
          >
            {t('common.cancel')}
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
