// Every key of the English catalog, as a type: a misspelt key fails `npm run compile`.
// Add a catalog part here when you add a file under locales/en/.
import type common from '../../locales/en/common.json';
import type dashboard from '../../locales/en/dashboard.json';
import type guide from '../../locales/en/guide.json';
import type notice from '../../locales/en/notice.json';
import type popup from '../../locales/en/popup.json';
import type taxonomy from '../../locales/en/taxonomy.json';
import type ui from '../../locales/en/ui.json';
import type walkthroughs from '../../locales/en/walkthroughs.json';

export type MessageKey =
  | keyof typeof common
  | keyof typeof dashboard
  | keyof typeof guide
  | keyof typeof notice
  | keyof typeof popup
  | keyof typeof taxonomy
  | keyof typeof ui
  | keyof typeof walkthroughs;
