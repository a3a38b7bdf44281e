import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../utils/i18n';
import { requestPersistentStorage } from '../../utils/db/persist';
import { OptionsPage } from '../../components/options/OptionsPage';

localizeDocument('pages.options');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);

void requestPersistentStorage();
