import { render } from 'preact';
import { t } from '../../src/i18n';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { browserOptionsStore } from '../../src/ui/options/store';
import '../../src/ui/options/options.css';

document.title = t('options_page_title');
render(<OptionsApp store={browserOptionsStore()} />, document.getElementById('app')!);
