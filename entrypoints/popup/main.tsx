import { render } from 'preact';

render(<p>Fineprint</p>, document.getElementById('app')!);
