/** Asking before marking reviewed, and label hotkeys that would shadow the workspace's own keys. */
import { describe, expect, test } from 'vitest';
import { RESERVED_HOTKEYS } from '../../../src/shared/keys';
import { client, importText, newCore, rangeOf } from './helpers';

describe('documents:reviewWarnings', () => {
  test('gives the warnings of marking reviewed without changing the status', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'The three northeastern provinces') }] });
    const { warnings } = await api.call('documents:reviewWarnings', { id: doc.id });
    expect(warnings).toEqual(['1 claim still unverified: “The three northeastern provinces”']);
    expect((await api.call('documents:get', { id: doc.id })).status).toBe('in_review');
    expect((await api.call('documents:setStatus', { id: doc.id, status: 'reviewed' })).warnings).toEqual(warnings);
    expect((await api.fail('documents:reviewWarnings', { id: 'nope' })).code).toBe('not_found');
  });
});

describe('label hotkeys', () => {
  test('the workspace keys are refused, saying what the key does', async () => {
    const api = client(newCore());
    expect(await api.fail('labels:create', { name: 'TOPIC', color: '#123456', hotkey: 't' })).toEqual({
      code: 'invalid_input',
      message: 'T is the key for flagging teasers; choose another key.',
    });
    const label = await api.call('labels:create', { name: 'TOPIC', color: '#123456', hotkey: 'w' });
    for (const key of Object.keys(RESERVED_HOTKEYS).filter((k) => /^[a-z]$/.test(k))) {
      expect((await api.fail('labels:update', { id: label.id, hotkey: key })).code).toBe('invalid_input');
    }
    expect(await api.call('labels:update', { id: label.id, hotkey: 'q' })).toMatchObject({ hotkey: 'q' });
  });
});
