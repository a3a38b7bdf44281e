import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../utils/i18n';
import { InsightsView } from '../../components/insights/InsightsView';

localizeDocument('pages.insights');

createRoot(document.getElementById('root')!).render(<InsightsView />);
