export { t, plural, interfaceLocale, resetInterfaceLocale, type MessageKey, type PluralKey } from './messages';
export {
  formatNumber,
  formatPercent,
  formatUnit,
  formatDurationParts,
  formatWaited,
  formatAgo,
  formatDateTime,
  formatDate,
  formatDayRange,
  formatList,
  dateFormatter,
  type TimeUnit,
} from './format';
export { localizeDocument } from './document';
