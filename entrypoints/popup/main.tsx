import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../utils/i18n';
import { requestPersistentStorage } from '../../utils/db/persist';
import { Popup } from '../../components/popup/Popup';
import { startPopupReads } from '../../components/popup/early-reads';

// Before React: the database opens and the first screenful is read while React sets up and renders.
const early = startPopupReads();

localizeDocument('pages.popup');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup early={early} />
  </StrictMode>,
);

void requestPersistentStorage();
