/** Renderer entry: mounts the app into #root. */
// First, before React and the app are evaluated: the library's first page goes out now (library/first-page.ts).
import './library/ask-first-page';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Copydesk: the #root element is missing from index.html.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
