/** Imported first by main.tsx, so that the library's first page is asked for before the rest of the app's script runs (first-page.ts). */
import { askFirstPageEarly } from './first-page';

askFirstPageEarly();
