import { createRoot } from 'react-dom/client';
import { InsightsView } from '../../components/insights/InsightsView';

createRoot(document.getElementById('root')!).render(<InsightsView />);
