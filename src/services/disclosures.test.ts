// The request hash an approval is bound to: independent of key order, sensitive to every value that leaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, requestHashOf } from './disclosures.js';

const base = {
  clientId: 'c1',
  concernId: null,
  ground: { kind: 'written' as const, source: null, text: 'Prevent serious harm.' },
  recipient: { kind: 'named' as const, directoryId: null, name: 'Duty GP (fictional)', contact: null },
  fields: [{ key: 'client-name', category: 'client-identity', label: 'Name', value: 'Robin Testperson' }],
  justification: null,
  clientTold: 'after' as const,
  clientToldReason: null,
  approvalRequired: true,
};

test('canonical JSON sorts keys at every level and keeps array order', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, 1], c: null } }), '{"a":{"c":null,"d":[2,1]},"b":1}');
  assert.equal(canonicalJson({ a: 1, b: undefined }), '{"a":1}');
});

test('the hash ignores key order but changes with any disclosed value, recipient, ground or told', () => {
  const h = requestHashOf(base);
  assert.match(h, /^[0-9a-f]{64}$/);
  const reordered = Object.fromEntries(Object.entries(base).reverse()) as typeof base;
  assert.equal(requestHashOf(reordered), h);
  const variants = [
    { ...base, fields: [{ ...base.fields[0]!, value: 'Robin Testpersonn' }] },
    { ...base, fields: [...base.fields, { key: 'client-phone', category: 'client-contact', label: 'Phone', value: '07700 900123' }] },
    { ...base, recipient: { ...base.recipient, name: 'Another GP (fictional)' } },
    { ...base, ground: { ...base.ground, text: 'Prevent serious harm!' } },
    { ...base, clientTold: 'not' as const, clientToldReason: 'Telling them would raise the risk.' },
    { ...base, justification: 'More than the minimum because…' },
  ];
  for (const v of variants) assert.notEqual(requestHashOf(v), h);
});
