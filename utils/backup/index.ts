export { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, backupFileName, parseBackup, toBackup } from './backup';
export type { Backup, ParseBackupResult } from './backup';
export { commentsToCsv, csvCell, csvFileName } from './csv';
