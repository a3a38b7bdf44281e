import { useId, useRef, useState, type ChangeEvent } from 'react';
import { backupFileName, commentsToCsv, csvFileName, MAX_BACKUP_BYTES, parseBackup, toBackup, type Backup } from '../../utils/backup';
import { everything } from '../../utils/db/queries';
import { sendCommand } from '../../utils/messaging/send';
import { localTimeZone } from '../../utils/rules';
import { loadSettings } from '../../utils/settings';
import { formatDate, plural } from '../shared/format';
import { Dialog } from './Dialog';
import { downloadText } from '../shared/download';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Backups, CSV export, import and the big red button. */
export function DataSection() {
  const [notice, setNotice] = useState<Notice>(null);
  const [picked, setPicked] = useState<{ fileName: string; text: string; backup: Backup } | null>(null);
  const [importing, setImporting] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const exportBackup = async () => {
    const [{ pages, comments }, settings] = await Promise.all([everything(), loadSettings()]);
    const exportedAt = Date.now();
    downloadText(JSON.stringify(toBackup({ settings, pages, comments, exportedAt })), backupFileName(exportedAt), 'application/json');
    setNotice({ kind: 'ok', text: `Backup saved: ${plural(pages.length, 'page', 'pages')}, ${plural(comments.length, 'comment', 'comments')}.` });
  };

  const exportCsv = async () => {
    const [{ pages, comments }, settings] = await Promise.all([everything(), loadSettings()]);
    const exportedAt = Date.now();
    downloadText(commentsToCsv(comments, pages, settings, localTimeZone()), csvFileName(exportedAt), 'text/csv;charset=utf-8');
    setNotice({ kind: 'ok', text: 'Comments exported as CSV.' });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setPicked(null);
    setNotice(null);
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setNotice({ kind: 'error', text: `This file is too big to be a Reply Radar backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB). Nothing was imported.` });
      return;
    }
    const text = await file.text();
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: `${parsed.error} Your current data was not changed.` });
      return;
    }
    setPicked({ fileName: file.name, text, backup: parsed.backup });
  };

  const importPicked = async () => {
    if (!picked) return;
    setImporting(true);
    const result = await sendCommand({ type: 'import-backup', json: picked.text });
    setImporting(false);
    if (!result.ok) {
      setNotice({ kind: 'error', text: `The backup was not imported: ${result.error} Your current data was not changed.` });
      return;
    }
    setNotice({
      kind: 'ok',
      text: `Backup imported: ${plural(picked.backup.pages.length, 'page', 'pages')}, ${plural(picked.backup.comments.length, 'comment', 'comments')}.`,
    });
    setPicked(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">Everything stays in this browser. Nothing is sent anywhere.</p>

      <div className="data-row">
        <div>
          <h3>Export</h3>
          <p className="small muted">A backup holds your pages, comments and settings; the CSV opens in any spreadsheet.</p>
        </div>
        <div className="button-row">
          <button type="button" className="action" onClick={exportBackup}>
            Export backup (JSON)
          </button>
          <button type="button" className="action" onClick={exportCsv}>
            Export comments (CSV)
          </button>
        </div>
      </div>

      <div className="data-row">
        <div>
          <h3>Import a backup</h3>
          <p className="small muted" id={`${id}-import-hint`}>
            Choose a file saved with “Export backup”. You can check what it holds before importing.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-file`} className="file-label">
            Backup file
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-import-hint`}
            onChange={(event) => void onFile(event)}
          />
        </div>
      </div>
      {picked && (
        <div className="banner banner-info import-preview">
          <p>
            <strong>{picked.fileName}</strong>: a backup from {formatDate(picked.backup.exportedAt)} with{' '}
            {plural(picked.backup.pages.length, 'page', 'pages')} and {plural(picked.backup.comments.length, 'comment', 'comments')}.
          </p>
          <div className="button-row">
            <button type="button" className="action primary" disabled={importing} onClick={importPicked}>
              Import this backup
            </button>
            <button
              type="button"
              className="action"
              onClick={() => {
                setPicked(null);
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}

      <div className="data-row danger-zone">
        <div>
          <h3>Delete all data</h3>
          <p className="small muted">Removes every page, comment and setting from this browser.</p>
        </div>
        <button type="button" className="action danger" onClick={() => setConfirmingDelete(true)}>
          Delete all data…
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
            setNotice({ kind: 'ok', text: 'All Reply Radar data was deleted.' });
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
  const confirmed = typed.trim() === 'DELETE';

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
    <Dialog title="Delete all Reply Radar data?" onClose={onClose}>
      <p>
        This deletes every managed page, every recorded comment and your settings from this browser. It can't be undone. Export a
        backup first if you might need them.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void remove();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-confirm`}>Type DELETE to confirm</label>
          <input id={`${id}-confirm`} type="text" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="action danger" disabled={!confirmed || busy}>
            Delete everything
          </button>
          <button type="button" className="action" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
