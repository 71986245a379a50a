import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { applyLocale } from '@/lib/view/document';
import '@/components/ui.css';
import '@/components/dashboard/dashboard.css';

applyLocale('dashboard_page_title');
render(<Dashboard />, document.getElementById('app')!);
