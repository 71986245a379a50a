import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { applyLocale } from '@/lib/view/document';
import '@/components/ui.css';
import '@/components/popup/popup.css';

applyLocale('extName');
render(<Popup />, document.getElementById('app')!);
