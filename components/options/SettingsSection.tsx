import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { saveSettings, type Settings } from '../../utils/settings';
import { draftFromSettings, validateDraft, type DraftErrors, type DraftField, type SettingsDraft } from './settings-form';

const DAYS: { day: number; short: string; long: string }[] = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 0, short: 'Sun', long: 'Sunday' },
];

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled control with its hint and its error, wired for screen readers. */
function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function Check({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (value: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Thresholds, hours, notifications and markers, saved together with one button. */
export function SettingsSection({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<string>('');
  const form = useRef<HTMLFormElement>(null);

  // Follow changes made elsewhere (another options tab, an import) unless the user is editing.
  useEffect(() => {
    if (!dirty) setDraft(draftFromSettings(settings));
  }, [settings, dirty]);

  const set = <K extends DraftField>(field: K, value: SettingsDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setDirty(true);
    setStatus('');
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('Nothing was saved: fix the fields marked below.');
      // Move to the first problem so keyboard and screen reader users land on it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    await saveSettings(result.settings);
    setDirty(false);
    setStatus('Settings saved.');
  };

  const number = (field: 'defaultThresholdHours' | 'priorityThresholdHours' | 'retentionDays', label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[field]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="short"
          value={draft[field]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  const time = (field: 'businessStart' | 'businessEnd' | 'quietStart' | 'quietEnd', label: string, disabled: boolean) => (
    <Field label={label} error={errors[field]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="time"
          value={draft[field]}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form ref={form} className="card" onSubmit={onSubmit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">Reply times and reminders</h2>

      <fieldset>
        <legend>Reply times</legend>
        <div className="row-fields">
          {number('defaultThresholdHours', 'Default reply time (hours)', 'A comment is overdue after this long, unless its page sets its own.')}
          {number('priorityThresholdHours', 'Questions and complaints (hours)', 'A shorter reply time for comments that ask or complain.')}
        </div>
      </fieldset>

      <fieldset>
        <legend>Business hours</legend>
        <Check
          label="Count only business hours"
          checked={draft.businessEnabled}
          onChange={(value) => set('businessEnabled', value)}
          hint="Nights and weekends then don't count toward a comment's reply time."
        />
        <fieldset className="days" disabled={!draft.businessEnabled} aria-describedby={errors.businessDays ? 'days-error' : undefined}>
          <legend>Working days</legend>
          {DAYS.map(({ day, short, long }) => (
            <label key={day} className="day" title={long}>
              <input
                type="checkbox"
                aria-label={long}
                checked={draft.businessDays.includes(day)}
                onChange={(event) =>
                  set('businessDays', event.target.checked ? [...draft.businessDays, day] : draft.businessDays.filter((d) => d !== day))
                }
              />
              <span aria-hidden="true">{short}</span>
            </label>
          ))}
          {errors.businessDays && (
            <p id="days-error" className="field-error">
              {errors.businessDays}
            </p>
          )}
        </fieldset>
        <div className="row-fields">
          {time('businessStart', 'Day starts', !draft.businessEnabled)}
          {time('businessEnd', 'Day ends', !draft.businessEnabled)}
        </div>
      </fieldset>

      <fieldset>
        <legend>Notifications</legend>
        <Check
          label="Notify me when a comment becomes overdue"
          checked={draft.notificationsEnabled}
          onChange={(value) => set('notificationsEnabled', value)}
        />
        <Check
          label="Quiet hours: no notifications between these times"
          checked={draft.quietEnabled}
          onChange={(value) => set('quietEnabled', value)}
          hint="Reminders wait until quiet hours end. They may run overnight, like 20:00 to 08:00."
        />
        <div className="row-fields">
          {time('quietStart', 'Quiet from', !draft.quietEnabled)}
          {time('quietEnd', 'Quiet until', !draft.quietEnabled)}
        </div>
      </fieldset>

      <fieldset>
        <legend>Complaints</legend>
        <Field
          label="Extra complaint words"
          hint="Separate words with commas or new lines. A comment containing one counts as a complaint and gets the shorter reply time. Common English complaint words are already known."
          error={errors.complaintKeywords}
        >
          {({ id, describedBy }) => (
            <textarea
              id={id}
              rows={3}
              value={draft.complaintKeywords}
              aria-describedby={describedBy}
              onChange={(event) => set('complaintKeywords', event.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>On Facebook and LinkedIn</legend>
        <Check label="Show a marker beside comments waiting for a reply" checked={draft.markersEnabled} onChange={(value) => set('markersEnabled', value)} />
        <Check
          label="Show a check beside answered comments"
          checked={draft.showAnsweredMarkers}
          onChange={(value) => set('showAnsweredMarkers', value)}
        />
      </fieldset>

      <fieldset>
        <legend>History</legend>
        {number('retentionDays', 'Keep answered comments for (days)', 'Older answered and won’t-reply comments are deleted. Waiting comments are always kept.')}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="action primary big">
          Save settings
        </button>
        <p className={Object.keys(errors).some((key) => errors[key as DraftField]) ? 'status field-error' : 'status'} role="status">
          {status || (dirty ? 'You have unsaved changes.' : '')}
        </p>
      </div>
    </form>
  );
}
