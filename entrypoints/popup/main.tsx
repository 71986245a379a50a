import { render } from 'preact';
import { t } from '@/lib/i18n/t';

render(<main>{t('extName')}</main>, document.getElementById('app')!);
