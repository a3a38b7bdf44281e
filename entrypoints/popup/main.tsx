import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../utils/i18n';
import { requestPersistentStorage } from '../../utils/db/persist';
import { Popup } from '../../components/popup/Popup';

localizeDocument('pages.popup');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);

void requestPersistentStorage();
