// Popup entry: mounts the Preact view and feeds it from the active tab's content script.
import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { countryName } from './country-name';
import { usePage } from './use-page';
import './style.css';

function App() {
  const page = usePage();
  return <Popup {...page} countryName={countryName} />;
}

render(<App />, document.getElementById('app')!);
