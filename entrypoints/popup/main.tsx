import { render } from 'preact';
import { App } from '../../src/ui/App';
import { createBrowserApi, tabIdFromSearch } from '../../src/ui/api';
import { t } from '../../src/i18n';
import '../../src/ui/popup.css';

// popup.html?tabId=N is the popup opened in a tab (a person keeping it open, zoomed, or the
// tests): there it follows the window's width instead of the action popup's fixed one.
if (tabIdFromSearch(location.search) !== null) document.documentElement.classList.add('in-tab');
document.title = t('extName');
render(<App api={createBrowserApi()} />, document.getElementById('app')!);
