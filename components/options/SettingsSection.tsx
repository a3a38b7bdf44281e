import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { saveSettings, type Settings } from '../../utils/settings';
import { draftFromSettings, validateDraft, type DraftErrors, type DraftField, type SettingsDraft } from './settings-form';
import { dateFormatter, t } from '../../utils/i18n';

/** Monday first; names in the interface's language ("Mo.", "lun."), from a week that began on Monday 1 January 2024. */
function workingDays(): { day: number; short: string; long: string }[] {
  const short = dateFormatter({ weekday: 'short', timeZone: 'UTC' });
  const long = dateFormatter({ weekday: 'long', timeZone: 'UTC' });
  return [1, 2, 3, 4, 5, 6, 0].map((day) => {
    const date = Date.UTC(2024, 0, day === 0 ? 7 : day);
    return { day, short: short.format(date), long: long.format(date) };
  });
}

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
      setStatus(t('settings.notSaved'));
      // Move to the first problem so keyboard and screen reader users land on it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    await saveSettings(result.settings);
    setDirty(false);
    setStatus(t('settings.saved'));
  };

  const number = (field: 'defaultThresholdHours' | 'priorityThresholdHours' | 'retentionDays' | 'missedDays', label: string, hint: string, disabled = false) => (
    <Field label={label} hint={hint} error={errors[field]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="short"
          value={draft[field]}
          disabled={disabled}
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
      <h2 id="settings-title">{t('settings.title')}</h2>

      <fieldset>
        <legend>{t('settings.replyTimes')}</legend>
        <div className="row-fields">
          {number('defaultThresholdHours', t('settings.defaultHours'), t('settings.defaultHoursHint'))}
          {number('priorityThresholdHours', t('settings.priorityHours'), t('settings.priorityHoursHint'))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings.businessHours')}</legend>
        <Check
          label={t('settings.businessOnly')}
          checked={draft.businessEnabled}
          onChange={(value) => set('businessEnabled', value)}
          hint={t('settings.businessOnlyHint')}
        />
        <fieldset className="days" disabled={!draft.businessEnabled} aria-describedby={errors.businessDays ? 'days-error' : undefined}>
          <legend>{t('settings.workingDays')}</legend>
          {workingDays().map(({ day, short, long }) => (
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
          {time('businessStart', t('settings.dayStarts'), !draft.businessEnabled)}
          {time('businessEnd', t('settings.dayEnds'), !draft.businessEnabled)}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings.notifications')}</legend>
        <Check
          label={t('settings.notifyOverdue')}
          checked={draft.notificationsEnabled}
          onChange={(value) => set('notificationsEnabled', value)}
        />
        <Check
          label={t('settings.quietHours')}
          checked={draft.quietEnabled}
          onChange={(value) => set('quietEnabled', value)}
          hint={t('settings.quietHoursHint')}
        />
        <div className="row-fields">
          {time('quietStart', t('settings.quietFrom'), !draft.quietEnabled)}
          {time('quietEnd', t('settings.quietUntil'), !draft.quietEnabled)}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('missed.settingsTitle')}</legend>
        <Check
          label={t('missed.settingsToggle')}
          checked={draft.missedEnabled}
          onChange={(value) => set('missedEnabled', value)}
          hint={t('missed.settingsHint')}
        />
        {number('missedDays', t('missed.settingsDays'), t('missed.settingsDaysHint'), !draft.missedEnabled)}
      </fieldset>

      <fieldset>
        <legend>{t('settings.complaints')}</legend>
        <Field label={t('settings.complaintWords')} hint={t('settings.complaintWordsHint')} error={errors.complaintKeywords}
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
        <legend>{t('settings.onPlatforms')}</legend>
        <Check label={t('settings.markers')} checked={draft.markersEnabled} onChange={(value) => set('markersEnabled', value)} />
        <Check
          label={t('settings.answeredMarkers')}
          checked={draft.showAnsweredMarkers}
          onChange={(value) => set('showAnsweredMarkers', value)}
        />
      </fieldset>

      <fieldset>
        <legend>{t('settings.history')}</legend>
        {number('retentionDays', t('settings.retention'), t('settings.retentionHint'))}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="action primary big">
          {t('settings.save')}
        </button>
        <p className={Object.keys(errors).some((key) => errors[key as DraftField]) ? 'status field-error' : 'status'} role="status">
          {status || (dirty ? t('settings.unsaved') : '')}
        </p>
      </div>
    </form>
  );
}
