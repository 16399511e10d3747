// The redaction service behind POST /api/v1/redact: validation problems are values with paths; a valid
// request returns the contract shape; mapping only when asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_REDACT_CHARS, redactText } from './redact.js';

test('redactText: a valid request returns the redacted text and entities', () => {
  const r = redactText({ text: 'Sarah met Tom Baker in Leeds.', known: { people: [{ role: 'client', name: 'Sarah Jones' }, { role: 'third-party', relationship: 'colleague', name: 'Tom Baker' }] } });
  assert.ok(r.ok);
  assert.equal(r.result.text, '[CLIENT] met [COLLEAGUE-1] in [PLACE-1].');
  assert.equal(r.result.mapping, undefined);
});

test('redactText: every problem is listed with its field; nothing is redacted', () => {
  const r = redactText({ text: 7, known: { people: [{ name: '' }], dates: [1] }, returnMapping: 'yes', pseudonyms: [] });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(r.issues.map((i) => i.field), ['text', 'known.people[0].name', 'known.dates', 'pseudonyms', 'returnMapping']);
  for (const bad of [null, 'text', [], 3]) assert.equal(redactText(bad).ok, false);
});

test('redactText: too long a text is refused with a clear message', () => {
  const r = redactText({ text: 'a'.repeat(MAX_REDACT_CHARS + 1) });
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.error.message, /too long/);
});

test('redactText: cross-note pseudonyms come back in mapping and are reused', () => {
  const known = { people: [{ role: 'client', name: 'Priya Raman' }] };
  const a = redactText({ text: 'Priya and her brother Arjun.', known, returnMapping: true });
  assert.ok(a.ok && a.result.mapping);
  const b = redactText({ text: 'Arjun rang Priya.', known, pseudonyms: a.ok ? a.result.mapping : {} });
  assert.ok(b.ok);
  if (!a.ok || !b.ok) return;
  assert.equal(a.result.text, '[CLIENT] and her brother [PERSON-1].');
  assert.equal(b.result.text, '[PERSON-1] rang [CLIENT].');
  assert.equal(b.result.mapping, undefined);
});
