import { render } from 'preact';
import { App } from '../../src/ui/App';
import { createBrowserApi } from '../../src/ui/api';
import '../../src/ui/popup.css';

render(<App api={createBrowserApi()} />, document.getElementById('app')!);
