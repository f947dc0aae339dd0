/**
 * Who may call what on a team server: the one table of roles per API operation (the README shows
 * it too). Editors tag, flag and mark claims and import; fact-checkers work claims to verdicts; the
 * chief editor does everything, including marking documents reviewed, deleting, labels and settings.
 * Everyone signed in may read. Administration of accounts is a separate flag (`admin`), not a role.
 *
 * Exports to a folder are refused to everyone: the folder would be on the server's disk, not the
 * user's; the browser downloads exports instead. So is setting a reviewer name: on a team server the
 * name recorded with each change is the signed-in account's (team-handlers.ts).
 */
import type { OperationName } from '../shared/api';

/** A team member's role. */
export const ROLES = ['editor', 'fact-checker', 'chief'] as const;
export type Role = (typeof ROLES)[number];

/** How a role is named in sentences. */
export const ROLE_NAMES: Record<Role, string> = { editor: 'editor', 'fact-checker': 'fact-checker', chief: 'chief editor' };
const ROLE_PLURALS: Record<Role, string> = { editor: 'editors', 'fact-checker': 'fact-checkers', chief: 'chief editors' };

/** Who may call an operation, and what calling it does, for the refusal ("… cannot delete documents"). */
export interface Access {
  roles: readonly Role[];
  doing: string;
  /** For what nobody may do on a team server: what happens instead. */
  instead?: string;
}

const ALL: readonly Role[] = ROLES;
const EDITING: readonly Role[] = ['editor', 'chief'];
const CHECKING: readonly Role[] = ['fact-checker', 'chief'];
const CHIEF: readonly Role[] = ['chief'];
const NOBODY: readonly Role[] = [];

const read = (doing: string): Access => ({ roles: ALL, doing });

/** The table: every operation of the API, with the roles that may call it. */
export const OPERATION_ACCESS: Readonly<Record<OperationName, Access>> = {
  'app:info': read('read the app information'),
  'documents:list': read('list documents'),
  'documents:titles': read('read titles'),
  'documents:search': read('search the library'),
  'documents:page': read('page through the library'),
  'documents:ids': read('select documents'),
  'library:version': read('watch the library'),
  'documents:get': read('open documents'),
  'documents:bundle': read('open documents'),
  'documents:reviewWarnings': read('read review warnings'),
  'annotations:list': read('read annotations'),
  'claims:list': read('read claims'),
  'claims:page': read('read the claims desk'),
  'claims:documents': read('read the claims desk'),
  'claims:get': read('read claims'),
  'labels:list': read('read labels'),
  'events:list': read('read the history'),
  'settings:get': read('read settings'),
  'export:document': read('export documents'),
  'suggestions:status': read('read suggestion progress'),
  'suggestions:settings': read('read suggestion settings'),
  'suggestions:consistency': read('read the consistency report'),
  'export:claimsCsv': read('export claims'),

  'documents:import': { roles: EDITING, doing: 'import documents' },
  'documents:importMany': { roles: EDITING, doing: 'import documents' },
  'documents:rename': { roles: EDITING, doing: 'rename documents' },
  'documents:updateText': { roles: EDITING, doing: 'correct a document’s text' },
  'documents:setStatus': { roles: ALL, doing: 'change a document’s status' },
  'documents:assignees': read('read who documents are assigned to'),
  'documents:bulk': { roles: EDITING, doing: 'change documents in bulk' },
  'annotations:create': { roles: EDITING, doing: 'tag, flag or mark text' },
  'annotations:update': { roles: EDITING, doing: 'change annotations' },
  'annotations:delete': { roles: EDITING, doing: 'delete annotations' },
  'annotations:restore': { roles: EDITING, doing: 'restore annotations' },
  'suggestions:run': { roles: EDITING, doing: 'run suggestions' },

  'claims:update': { roles: CHECKING, doing: 'change a claim’s verdict' },
  'doubleReview:get': read('read double reviews'),
  'doubleReview:start': { roles: CHIEF, doing: 'set documents to double review' },
  'doubleReview:startMany': { roles: CHIEF, doing: 'set documents to double review' },
  'doubleReview:adjudication': { roles: CHIEF, doing: 'adjudicate double reviews' },
  'doubleReview:decide': { roles: CHIEF, doing: 'adjudicate double reviews' },
  'doubleReview:undo': { roles: CHIEF, doing: 'adjudicate double reviews' },
  'doubleReview:finish': { roles: CHIEF, doing: 'adjudicate double reviews' },
  'doubleReview:agreement': read('read the agreement report'),
  'sources:add': { roles: CHECKING, doing: 'add sources to claims' },
  'sources:update': { roles: CHECKING, doing: 'change claim sources' },
  'sources:delete': { roles: CHECKING, doing: 'delete claim sources' },

  'documents:delete': { roles: CHIEF, doing: 'delete documents' },
  'labels:create': { roles: CHIEF, doing: 'change the labels' },
  'labels:update': { roles: CHIEF, doing: 'change the labels' },
  'labels:reorder': { roles: CHIEF, doing: 'change the labels' },
  'labels:delete': { roles: CHIEF, doing: 'change the labels' },
  'settings:set': { roles: NOBODY, doing: 'set a reviewer name', instead: 'the name recorded with your work is your account’s' },
  'suggestions:setSettings': { roles: CHIEF, doing: 'change the suggestion settings' },
  'suggestions:relabel': { roles: CHIEF, doing: 'relabel names across the library' },

  'export:toFolder': { roles: NOBODY, doing: 'export to a folder', instead: 'the folder would be on the server, so download the export instead' },
};

const MARK_REVIEWED: Access = { roles: CHIEF, doing: 'mark documents reviewed' };
const BULK_DELETE: Access = { roles: CHIEF, doing: 'delete documents' };
/** Everyone may take a document or give it back; who may assign whom is {@link assignmentRefusal}'s. */
const ASSIGN: Access = { roles: ALL, doing: 'assign documents' };
const CSV_TO_FOLDER: Access = OPERATION_ACCESS['export:toFolder'];

function field(input: unknown, name: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
}

/**
 * The access rule for one call: the table's, narrowed where the input decides (marking reviewed,
 * deleting in bulk, a CSV written to a folder). `input` is the request as sent; the contract
 * validates it afterwards, so a field read here has the value the handler will see.
 */
export function accessFor(name: OperationName, input: unknown): Access {
  if (name === 'documents:setStatus' && field(input, 'status') === 'reviewed') return MARK_REVIEWED;
  if (name === 'documents:bulk') {
    const action = field(input, 'action');
    if (field(action, 'kind') === 'delete') return BULK_DELETE;
    if (field(action, 'kind') === 'assign') return ASSIGN;
    if (field(action, 'status') === 'reviewed') return MARK_REVIEWED;
  }
  if (name === 'export:claimsCsv' && field(input, 'dir') !== undefined) return CSV_TO_FOLDER;
  return OPERATION_ACCESS[name];
}

/** Why `role` may not make this call, as a sentence for the person; null when it may. */
export function refusal(role: Role, name: OperationName, input: unknown): string | null {
  const access = accessFor(name, input);
  if (access.roles.includes(role)) return null;
  if (access.roles.length === 0) return `Nobody can ${access.doing} on a team server; ${access.instead}.`;
  const who = access.roles.map((r) => `${articleFor(ROLE_NAMES[r])} ${ROLE_NAMES[r]}`).join(' or ');
  return `You are signed in as ${articleFor(ROLE_NAMES[role])} ${ROLE_NAMES[role]} and cannot ${access.doing}; ask ${who}.`;
}

/**
 * Why `user` may not change a document's assignee from `before` to `after`, as a sentence; null when
 * they may. The chief editor assigns anyone. An editor or fact-checker may take a document nobody
 * has ("Take") and give back their own, nothing else: taking a colleague's document is the chief's
 * call, as on a desk. The handler asks this per document (handlers/library.ts), since `before` is stored.
 */
export function assignmentRefusal(user: { name: string; role: string }, before: string | null, after: string | null): string | null {
  if (user.role === 'chief' || before === after) return null;
  const role = isRole(user.role) ? user.role : 'editor';
  const as = `You are signed in as ${articleFor(ROLE_NAMES[role])} ${ROLE_NAMES[role]} and cannot`;
  if (after !== null && after !== user.name) return `${as} assign documents to others; ask a chief editor.`;
  if (before !== null && before !== user.name) return `${as} reassign a document assigned to ${before}; ask a chief editor.`;
  return null;
}

/** A role in a sentence, with its article: "a fact-checker", "an editor". */
export function roleInWords(role: Role): string {
  return `${articleFor(ROLE_NAMES[role])} ${ROLE_NAMES[role]}`;
}

/**
 * Who may make this call, as a short tag beside a control the person cannot use ("Editors and chief
 * editors only"; "Not on a team server" for what nobody may do there).
 */
export function whoMay(name: OperationName, input: unknown): string {
  const { roles } = accessFor(name, input);
  if (roles.length === 0) return 'Not on a team server';
  const names = roles.map((r) => ROLE_PLURALS[r]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} only`;
}

function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Is `value` a role? */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
