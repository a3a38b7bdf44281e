export { BACKUP_FORMAT, BACKUP_VERSION, BackupError, BackupParser, backupFileName, parseBackup, toBackup } from './backup';
export type { Backup, BackupHead, ParseBackupResult } from './backup';
export { commentsToCsv, csvCell, csvFileName, csvLines } from './csv';
export { readBackupFile, type ReadBackupOptions } from './file';
