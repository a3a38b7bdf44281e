// Not part of the extension: what the no-English scan (i18n-no-literals.test.ts) must catch, beside what it must let pass.
import { t } from '../../../utils/i18n';

declare function show(message: string): void;

export function Sample() {
  show('Marked it replied.');
  return (
    <div className="row-head" data-key="facebook:1">
      <button type="button">Mark replied</button>
      <input placeholder="Search comments" aria-label={t('popup.filter.search')} />
      <span>{t('popup.action.undo')}</span> · Reply Radar
    </div>
  );
}
