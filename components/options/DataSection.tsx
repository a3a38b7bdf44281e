import { useId, useRef, useState, type ChangeEvent } from 'react';
import { BackupError, type BackupHead } from '../../utils/backup';
import { sendCommand } from '../../utils/messaging/send';
import { formatDate, formatNumber, formatPercent, plural, t } from '../../utils/i18n';
import { Dialog } from './Dialog';
import { downloadBlob } from '../shared/download';
import { buildBackupFile, buildCsvFile, checkBackupFile, importBackupFile, type TransferProgress } from './backup-transfer';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** The words and the bar of a transfer under way; `max` 0 is a bar without an end (saving). */
function progressView(progress: TransferProgress): { text: string; value: number; max: number } {
  switch (progress.phase) {
    case 'checking': {
      const share = progress.total ? progress.read / progress.total : 1;
      return { text: t('options.data.checking', { percent: formatPercent(share) }), value: progress.read, max: progress.total || 1 };
    }
    case 'importing':
      return {
        text: t('options.data.importing', { done: formatNumber(progress.done), total: formatNumber(progress.total) }),
        value: progress.done,
        max: progress.total || 1,
      };
    case 'exporting':
      return {
        text: t('options.data.exporting', { done: formatNumber(progress.done), total: formatNumber(progress.total) }),
        value: progress.done,
        max: progress.total || 1,
      };
    case 'saving':
      return { text: t('options.data.saving'), value: 0, max: 0 };
  }
}

/** A labelled progress bar; its words say what is moving and how far it got. */
function TransferBar({ progress }: { progress: TransferProgress }) {
  const id = useId();
  const view = progressView(progress);
  return (
    <div className="transfer-progress">
      {view.max > 0 ? <progress aria-labelledby={id} value={view.value} max={view.max} /> : <progress aria-labelledby={id} />}
      <span id={id} className="small">
        {view.text}
      </span>
    </div>
  );
}

/** Backups, CSV export, import and the big red button. */
export function DataSection() {
  const [notice, setNotice] = useState<Notice>(null);
  const [picked, setPicked] = useState<{ file: File; head: BackupHead } | null>(null);
  const [importing, setImporting] = useState(false);
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const busy = progress !== null;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const exportBackup = async () => {
    setNotice(null);
    try {
      const built = await buildBackupFile(setProgress);
      downloadBlob(built.blob, built.fileName);
      setNotice({ kind: 'ok', text: t('options.data.backupSaved', { contents: contents(built.pages, built.comments) }) });
    } finally {
      setProgress(null);
    }
  };

  const exportCsv = async () => {
    setNotice(null);
    try {
      const built = await buildCsvFile(setProgress);
      downloadBlob(built.blob, built.fileName);
      setNotice({ kind: 'ok', text: t('options.data.csvExported') });
    } finally {
      setProgress(null);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setPicked(null);
    setNotice(null);
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      // The whole file is read and checked here, in pieces, before anything is sent.
      const head = await checkBackupFile(file, setProgress);
      setPicked({ file, head });
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      setNotice({ kind: 'error', text: t('options.data.unchanged', { reason: error.message }) });
    } finally {
      setProgress(null);
    }
  };

  const importPicked = async () => {
    if (!picked) return;
    setImporting(true);
    setNotice(null);
    const result = await importBackupFile(picked.file, picked.head.comments, setProgress).finally(() => {
      setProgress(null);
      setImporting(false);
    });
    if (!result.ok) {
      setNotice({ kind: 'error', text: t('options.data.importFailed', { reason: result.error }) });
      return;
    }
    setNotice({
      kind: 'ok',
      text: t('options.data.imported', { contents: contents(picked.head.pages.length, picked.head.comments) }),
    });
    setPicked(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('options.data.title')}</h2>
      <p className="muted">{t('options.data.intro')}</p>

      <div className="data-row">
        <div>
          <h3>{t('options.data.export')}</h3>
          <p className="small muted">{t('options.data.exportHint')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="action" disabled={busy} onClick={() => void exportBackup()}>
            {t('options.data.exportBackup')}
          </button>
          <button type="button" className="action" disabled={busy} onClick={() => void exportCsv()}>
            {t('options.data.exportCsv')}
          </button>
        </div>
      </div>

      <div className="data-row">
        <div>
          <h3>{t('options.data.import')}</h3>
          <p className="small muted" id={`${id}-import-hint`}>
            {t('options.data.importHint')}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-file`} className="file-label">
            {t('options.data.file')}
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-import-hint`}
            disabled={busy}
            onChange={(event) => void onFile(event)}
          />
        </div>
      </div>
      {progress && <TransferBar progress={progress} />}
      {picked && (
        <div className="banner banner-info import-preview">
          <p>
            <strong>{picked.file.name}</strong>
            {t('options.data.preview', {
              date: formatDate(picked.head.exportedAt),
              contents: contents(picked.head.pages.length, picked.head.comments),
            })}
          </p>
          <div className="button-row">
            <button type="button" className="action primary" disabled={importing} onClick={importPicked}>
              {t('options.data.importThis')}
            </button>
            <button
              type="button"
              className="action"
              disabled={importing}
              onClick={() => {
                setPicked(null);
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      <div className="data-row danger-zone">
        <div>
          <h3>{t('options.data.deleteAll')}</h3>
          <p className="small muted">{t('options.data.deleteAllHint')}</p>
        </div>
        <button type="button" className="action danger" onClick={() => setConfirmingDelete(true)}>
          {t('options.data.deleteAllButton')}
        </button>
      </div>

      {notice && (
        <p className={notice.kind === 'error' ? 'banner banner-error' : 'banner banner-ok'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}

      {confirmingDelete && (
        <DeleteAllDialog
          onClose={() => setConfirmingDelete(false)}
          onDeleted={() => {
            setConfirmingDelete(false);
            setNotice({ kind: 'ok', text: t('options.data.deleted') });
          }}
        />
      )}
    </section>
  );
}

function DeleteAllDialog({ onClose, onDeleted }: { onClose: () => void; onDeleted: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const confirmWord = t('options.data.confirmWord');
  const confirmed = typed.trim() === confirmWord;

  const remove = async () => {
    if (!confirmed) return;
    setBusy(true);
    const result = await sendCommand({ type: 'delete-all-data' });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDeleted();
  };

  return (
    <Dialog title={t('options.data.deleteTitle')} onClose={onClose}>
      <p>{t('options.data.deleteWarning')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void remove();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-confirm`}>{t('options.data.typeToConfirm', { word: confirmWord })}</label>
          <input id={`${id}-confirm`} type="text" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="action danger" disabled={!confirmed || busy}>
            {t('options.data.deleteEverything')}
          </button>
          <button type="button" className="action" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "2 pages and 1,234 comments", each count in the language's plural. */
function contents(pages: number, comments: number): string {
  return t('options.data.contents', { pages: plural('options.data.pages', pages), comments: plural('common.comments', comments) });
}
