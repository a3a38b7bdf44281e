import { useId, useRef, useState, type FormEvent } from 'react';
import { PLATFORM_LABEL, type ManagedPage } from '../../utils/model';
import { usePendingCountsByPage } from '../../utils/db/queries';
import { sendCommand } from '../../utils/messaging/send';
import type { Settings } from '../../utils/settings';
import { formatUnit, plural, t } from '../../utils/i18n';
import { safePlatformHref } from '../shared/safe-link';
import { Dialog } from './Dialog';
import { checkPageAddress } from './page-address';
import { parseHours } from './settings-form';
import { canonicalPageUrl, isPlaceholderName, pageDisplayName, safeAvatarUrl } from '../../utils/pages';

export function PagesSection({ pages, settings }: { pages: readonly ManagedPage[]; settings: Settings }) {
  const counts = usePendingCountsByPage(pages.map((page) => page.key));
  return (
    <section className="card" aria-labelledby="pages-title">
      <h2 id="pages-title">{t('options.pages.title')}</h2>
      <p className="muted">{t('options.pages.intro')}</p>
      <AddPageForm />
      {pages.length === 0 ? (
        <p className="empty-note">{t('options.pages.empty')}</p>
      ) : (
        <ul className="pages" aria-label={t('options.pages.list')}>
          {pages.map((page) => (
            <PageItem key={page.key} page={page} waiting={counts?.get(page.key)} defaultHours={settings.defaultThresholdHours} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AddPageForm() {
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState('');
  const addressInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    const checked = checkPageAddress(address);
    if (!checked.ok) {
      setError(checked.error);
      addressInput.current?.focus();
      return;
    }
    setBusy(true);
    const result = await sendCommand<ManagedPage>({ type: 'add-page', address: checked.address, ...(name.trim() && { name: name.trim() }) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      addressInput.current?.focus();
      return;
    }
    setError(null);
    const addedName = result.value ? pageDisplayName(result.value) : name.trim();
    setAdded(addedName ? t('options.pages.added', { name: addedName }) : t('options.pages.addedUnnamed'));
    setAddress('');
    setName('');
  };

  return (
    <form className="add-page" onSubmit={onSubmit} noValidate aria-label={t('options.pages.addForm')}>
      <div className="field grow">
        <label htmlFor={`${id}-address`}>{t('options.pages.address')}</label>
        <input
          ref={addressInput}
          id={`${id}-address`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('options.pages.addressPlaceholder')}
          value={address}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(event) => {
            setAddress(event.target.value);
            setError(null);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('options.pages.addressHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('options.pages.nameOptional')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('options.pages.namePlaceholder')}
        />
      </div>
      <button type="submit" className="action primary" disabled={busy}>
        {t('options.pages.add')}
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error full" role="alert">
          {error}
        </p>
      )}
      <p className="status full" role="status">
        {added}
      </p>
    </form>
  );
}

function PageItem({ page, waiting, defaultHours }: { page: ManagedPage; waiting: number | undefined; defaultHours: number }) {
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const href = safePlatformHref(page.url);
  const name = pageDisplayName(page);
  return (
    <li className="page">
      <div className="page-main">
        <h3>{name}</h3>
        <p className="muted small">
          <span className={`platform-chip platform-${page.platform}`}>{PLATFORM_LABEL[page.platform]}</span>{' '}
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {page.url}
            </a>
          ) : (
            page.url
          )}
        </p>
        <p className="small">
          {waiting === undefined ? '' : `${plural('options.pages.waiting', waiting)} · `}
          {page.thresholdHours === null
            ? t('options.pages.replyTimeDefault', { hours: formatUnit(defaultHours, 'hour', 2) })
            : t('options.pages.replyTime', { hours: formatUnit(page.thresholdHours, 'hour', 2) })}
        </p>
        <LearnedIdentity page={page} />
      </div>
      {!editing && (
        <div className="page-actions">
          <button type="button" className="action" aria-label={t('options.pages.editNamed', { name })} onClick={() => setEditing(true)}>
            {t('options.pages.edit')}
          </button>
          <button type="button" className="action" aria-label={t('options.pages.removeNamed', { name })} onClick={() => setRemoving(true)}>
            {t('options.pages.remove')}
          </button>
        </div>
      )}
      {editing && <EditPageForm page={page} defaultHours={defaultHours} onDone={() => setEditing(false)} />}
      {removing && <RemovePageDialog page={page} onClose={() => setRemoving(false)} />}
    </li>
  );
}

/**
 * What the page itself showed Reply Radar: the name it goes by, its numeric id, its vanity address
 * and its picture. Shown as text and a link, so the settings load nothing from the platforms.
 */
function LearnedIdentity({ page }: { page: ManagedPage }) {
  const avatar = safeAvatarUrl(page.avatarUrl, page.platform);
  const vanity = page.slug ? safePlatformHref(canonicalPageUrl(page.platform, { slug: page.slug, showcase: page.showcase })) : null;
  if (!page.learnedAt && !page.learnedName) {
    return <p className="small muted learned-none">{t('options.pages.learned.notYet')}</p>;
  }
  return (
    <dl className="learned small" role="group" aria-label={t('options.pages.learned.label')}>
      {page.learnedName && (
        <div>
          <dt>{t('options.pages.learned.name')}</dt>
          <dd>{page.learnedName}</dd>
        </div>
      )}
      {page.platformId && (
        <div>
          <dt>{t('options.pages.learned.id')}</dt>
          <dd>{page.platformId}</dd>
        </div>
      )}
      {vanity && (
        <div>
          <dt>{t('options.pages.learned.address')}</dt>
          <dd>
            <a href={vanity} target="_blank" rel="noopener noreferrer">
              {vanity.replace(/^https:\/\/www\./, '')}
            </a>
          </dd>
        </div>
      )}
      {avatar && (
        <div>
          <dt>{t('options.pages.learned.picture')}</dt>
          <dd>
            <a href={avatar} target="_blank" rel="noopener noreferrer">
              {t('options.pages.learned.viewPicture')}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}

function EditPageForm({ page, defaultHours, onDone }: { page: ManagedPage; defaultHours: number; onDone: () => void }) {
  // A page still named by its address starts with an empty field rather than the number to correct.
  const [name, setName] = useState(isPlaceholderName(page) ? (page.learnedName ?? '') : page.name);
  const [hours, setHours] = useState(page.thresholdHours === null ? '' : String(page.thresholdHours));
  const [errors, setErrors] = useState<{ name?: string; hours?: string; send?: string }>({});
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!name.trim()) next.name = t('options.pages.nameMissing');
    const parsedHours = hours.trim() === '' ? null : parseHours(hours);
    if (parsedHours && !parsedHours.ok) next.hours = parsedHours.error;
    setErrors(next);
    if (next.name || next.hours) return;
    const result = await sendCommand({
      type: 'update-page',
      key: page.key,
      name: name.trim(),
      thresholdHours: parsedHours === null ? null : parsedHours.ok ? parsedHours.hours : null,
    });
    if (!result.ok) {
      setErrors({ send: result.error });
      return;
    }
    onDone();
  };

  return (
    <form className="edit-page" onSubmit={onSubmit} noValidate aria-label={t('options.pages.editNamed', { name: pageDisplayName(page) })}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('options.pages.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          autoFocus
          aria-invalid={Boolean(errors.name)}
          aria-describedby={[page.learnedName && `${id}-name-hint`, errors.name && `${id}-name-error`].filter(Boolean).join(' ') || undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {page.learnedName && (
          <p id={`${id}-name-hint`} className="hint">
            {t('options.pages.nameHint', { name: page.learnedName })}
          </p>
        )}
        {errors.name && (
          <p id={`${id}-name-error`} className="field-error">
            {errors.name}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-hours`}>{t('options.pages.ownHours')}</label>
        <input
          id={`${id}-hours`}
          type="text"
          inputMode="decimal"
          className="short"
          value={hours}
          placeholder={String(defaultHours)}
          aria-invalid={Boolean(errors.hours)}
          aria-describedby={`${id}-hours-hint${errors.hours ? ` ${id}-hours-error` : ''}`}
          onChange={(event) => setHours(event.target.value)}
        />
        <p id={`${id}-hours-hint`} className="hint">
          {t('options.pages.ownHoursHint', { hours: formatUnit(defaultHours, 'hour', 2) })}
        </p>
        {errors.hours && (
          <p id={`${id}-hours-error`} className="field-error">
            {errors.hours}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="action primary">
          {t('common.save')}
        </button>
        <button type="button" className="action" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {errors.send && (
        <p className="field-error full" role="alert">
          {errors.send}
        </p>
      )}
    </form>
  );
}

function RemovePageDialog({ page, onClose }: { page: ManagedPage; onClose: () => void }) {
  const [deleteComments, setDeleteComments] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    const result = await sendCommand({ type: 'remove-page', key: page.key, deleteComments });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onClose();
  };

  return (
    <Dialog title={t('options.pages.removeTitle', { name: pageDisplayName(page) })} onClose={onClose}>
      <p>{t('options.pages.removeQuestion')}</p>
      <fieldset className="choices">
        <legend className="visually-hidden">{t('options.pages.itsComments')}</legend>
        <label className="choice">
          <input type="radio" name="comments" checked={!deleteComments} onChange={() => setDeleteComments(false)} />
          <span>
            <strong>{t('options.pages.keepComments')}</strong>
            <span className="hint"> {t('options.pages.keepCommentsHint')}</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="comments" checked={deleteComments} onChange={() => setDeleteComments(true)} />
          <span>
            <strong>{t('options.pages.deleteComments')}</strong>
            <span className="hint"> {t('options.pages.deleteCommentsHint')}</span>
          </span>
        </label>
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="action danger" disabled={busy} onClick={remove}>
          {t('options.pages.removeConfirm')}
        </button>
        <button type="button" className="action" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
