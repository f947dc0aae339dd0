/**
 * What a person is told when something fails that nobody planned for: one sentence saying what was
 * being done and where the detail went — never the exception's own text, which is written for
 * programmers (and may be a stack, a SQL fragment or "function Object() { [native code] }").
 */
import type { OperationName } from './api';

/** What each operation was doing, for "Something went wrong while …". */
const ACTIVITIES: Readonly<Partial<Record<OperationName, string>>> = Object.freeze({
  'app:info': 'reading the library information',
  'documents:list': 'listing the library',
  'documents:titles': 'listing the library',
  'documents:page': 'listing the library',
  'documents:search': 'searching the library',
  'documents:get': 'opening a document',
  'documents:bundle': 'opening a document',
  'documents:import': 'importing a file',
  'documents:rename': 'renaming a document',
  'documents:reviewWarnings': 'checking the document before marking it reviewed',
  'documents:setStatus': 'changing the document’s status',
  'documents:updateText': 'saving the corrected text',
  'documents:delete': 'deleting a document',
  'annotations:list': 'reading the annotations',
  'annotations:create': 'saving the annotation',
  'annotations:update': 'changing the annotation',
  'annotations:delete': 'deleting annotations',
  'annotations:restore': 'restoring annotations',
  'claims:list': 'listing the claims',
  'claims:get': 'opening the claim',
  'claims:update': 'saving the claim',
  'sources:add': 'adding the source',
  'sources:update': 'saving the source',
  'sources:delete': 'deleting the source',
  'labels:list': 'reading the labels',
  'labels:create': 'creating the label',
  'labels:update': 'changing the label',
  'labels:reorder': 'reordering the labels',
  'labels:delete': 'deleting the label',
  'events:list': 'reading the history',
  'settings:get': 'reading the settings',
  'settings:set': 'saving the settings',
  'export:document': 'exporting the document',
  'export:toFolder': 'exporting to the folder',
});

/** "importing a file" for `documents:import`; a neutral phrase for anything else. */
export function activityOf(name: string): string {
  return (Object.prototype.hasOwnProperty.call(ACTIVITIES, name) ? ACTIVITIES[name as OperationName] : undefined) ?? 'carrying out your request';
}

/**
 * Where the detail of an unexpected error is, as the app and the web mode say it (the CLI names the
 * file's path instead): copydesk.log beside the library, which Help → Show Log opens in the desktop app.
 */
export const LOG_POINTER = 'the details are in copydesk.log beside the library (Help → Show Log)';

/** The sentence for an unexpected failure while doing `activity`. */
export function unexpectedMessage(activity: string): string {
  return `Something went wrong while ${activity}; ${LOG_POINTER}.`;
}
