// Round 5 (semantic fields): the pattern language, the derived prefilter stems, the warning-sign fields
// with their context (negation, time, reported speech, hypotheticals), near misses, and the figures.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { detectRisk } from './index.js';
import { detectRiskUnfiltered } from './detect.js';
import { compile, stemsOf } from './fields.js';
import { CUES } from './lexicon.js';
import { evaluate, parseJsonl } from './evaluation.js';
import { rx } from './vocabulary.js';
import { ALL_SETS } from './fixtures/all.js';

const cats = (text: string, opts = {}) => [...new Set(detectRisk(text, opts).map((f) => f.category))].sort();
const finding = (text: string, category: string) => {
  const f = detectRisk(text).find((x) => x.category === category);
  assert.ok(f, `expected ${category} in: ${text}`);
  return f;
};

test('patterns: slots with small gaps tolerate inserted words, and no more than the gap allows', () => {
  const re = rx(compile('hope*/hoping ~4 not_wake/never_wake'), 'i');
  assert.match('she lies awake hoping she just will not wake up', re);
  assert.match('he hopes he will never wake', re);
  assert.doesNotMatch('she hopes that one day in the far future she will not wake early', re); // 7 words between
  assert.doesNotMatch('hoping. not wake', re);
  const lemma = rx(compile('@POSS ~0 @BODY'), 'i');
  assert.match('into her forearm', lemma);
  assert.doesNotMatch('into the forearm', lemma);
  assert.throws(() => stemsOf('(?:a|b)'), /no literal slot/);
});

test('stems: every match of every field contains one of its stems (so the prefilter can never hide it)', () => {
  const texts = ALL_SETS.flatMap((s) => s.set.map((x) => x.text));
  let checked = 0;
  for (const cue of CUES.filter((c) => /^f[A-Z]\w+\.\d+$/.test(c.id))) {
    assert.ok(cue.stems.length > 0 && cue.stems.every((s) => s.length > 0), cue.id);
    for (const t of texts) {
      cue.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cue.re.exec(t)) !== null) {
        const lower = m[0].toLowerCase();
        assert.ok(cue.stems.some((s) => (s === s.toLowerCase() ? lower.includes(s) : m![0].includes(s))), `${cue.id}: "${m[0]}" has none of ${cue.stems.join(',')}`);
        checked++;
        if (m[0].length === 0) cue.re.lastIndex++;
      }
    }
  }
  assert.ok(checked > 150, `only ${checked} matches checked`);
});

test('prefilter: stems that overlap ("be better" / "better off") are both found; output equals the unfiltered engine on every set', () => {
  const t = 'Reports passive thoughts that everyone would be better off without her.';
  assert.deepEqual(detectRisk(t, { includeNegated: true }), detectRiskUnfiltered(t, { includeNegated: true }));
  const texts = ALL_SETS.flatMap((s) => s.set.map((x) => x.text));
  for (const x of [...texts, texts.join(' ')]) assert.deepEqual(detectRisk(x, { includeNegated: true }), detectRiskUnfiltered(x, { includeNegated: true }), x.slice(0, 80));
});

test('risk to self: warning signs from the taxonomies, in words the earlier cues did not know', () => {
  for (const [t, indicator] of [
    ['She says some nights she lies awake hoping she just will not wake up.', 'suicidal-ideation'],
    ['He has been ringing old friends to say goodbye.', 'plan'],
    ['She has been putting her affairs in order and cancelling her subscriptions.', 'plan'],
    ['He asked me what happens to your bank account when you die.', 'suicidal-ideation'],
    ['She has been looking online at how much paracetamol would be fatal.', 'plan'],
    ['He has been keeping back some of his pills every week instead of taking them.', 'means'],
    ['He drove up to the quarry and stood at the edge looking down.', 'means'],
    ['She feels completely hopeless and cannot see a way out.', 'hopelessness'],
    ['He says his family would manage better if he was out of the picture.', 'burden'],
    ['She drinks a bottle of wine every night to numb the pain.', 'substance-use'],
    ['She has been scratching words into her arm with a pin.', 'self-harm'],
  ] as const) {
    const f = finding(t, 'risk-to-self');
    assert.equal(f.indicator, indicator, t);
    assert.equal(f.evidence, 'current', t);
    assert.ok(f.prompt.endsWith('Raise a concern?'));
  }
  assert.match(finding('She feels completely hopeless.', 'risk-to-self').prompt, /hopelessness or feeling trapped \(a warning sign for suicide\)/);
});

test('the fields keep the context rules: denial, history, someone else reporting, a worry', () => {
  assert.deepEqual(cats('She denies any hope of not waking up.'), []);
  assert.deepEqual(cats('He has never given away his belongings.'), []);
  assert.equal(finding('Years ago he was found on a bridge by the police.', 'risk-to-self').evidence, 'past');
  assert.equal(finding('His sister said he has been giving away his things.', 'risk-to-self').evidence, 'reported');
  assert.equal(finding('I am worried that she may start saving up her tablets.', 'risk-to-self').evidence, 'hypothetical');
});

test('near misses stay quiet', () => {
  for (const t of ['The battery is dead.', 'She is dying to see the film.', 'He was killing time before the interview.', 'The death of a friend last year still upsets him.',
    'He put the knife and fork in the dishwasher.', 'She shot a film for her media coursework.', 'Her plants all died while she was away.', 'His phone died during the call.',
    'He gave his old bike to his younger cousin.', 'She has made a will because she has just bought a house.', 'He said goodbye to his colleagues on his last day.',
    'She said she feels hopeless at maths but is getting better.', 'He burned his hand on the oven at work.', 'He stopped eating meat in January.',
    'She would rather die than give a presentation, she laughed.', 'She will make him pay the rent on time this month.', 'He follows several football clubs online.',
    'He takes his tablets every morning as prescribed.', 'She sat on the bridge wall eating her lunch with friends.', 'He got a new phone for his birthday from his parents.',
    'She uses her bank card to pay for the shopping.', 'She was the victim of a phone scam and reported it to her bank.', 'He is researching the history of the railway for his dissertation.',
    'She texted her friends to say goodbye before her flight to Canada.', 'A colleague told her she was useless in front of the team.', 'She wants it to stop and has asked HR for help.']) {
    assert.deepEqual(cats(t), [], t);
  }
  assert.ok(!cats('He punched him in his face.').includes('risk-to-self')); // violence to someone else, not self-injury
});

test('who is involved: conduct by a partner is abuse of the client, by the client harm to others; money is someone else\'s', () => {
  assert.deepEqual(cats('Her ex keeps turning up at her work.'), ['adult-safeguarding']);
  assert.deepEqual(cats('He keeps turning up outside his ex-girlfriend’s flat at night.'), ['risk-to-others']);
  assert.deepEqual(cats('He said the lads who jumped his brother will pay for it.'), ['risk-to-others']);
  assert.deepEqual(cats('A colleague, Mr Patel, keeps calling her at home.'), []); // done to the client: a colleague matter
  assert.deepEqual(cats('He said his neighbour will get what is coming to him.'), ['risk-to-others']);
  assert.deepEqual(cats('Her nephew has been using her bank card.'), ['adult-safeguarding']);
  assert.deepEqual(cats('Her son has been using her bank card.'), ['adult-safeguarding']);
  assert.deepEqual(cats('She has been sharing intimate photos of her ex online.'), ['serious-crime']);
  assert.deepEqual(cats('An older man buys her cigarettes and alcohol and drives her around.'), ['child-protection']);
  assert.deepEqual(cats('An older man buys her cigarettes and alcohol and drives her around.', { clientIsChild: false }), ['adult-safeguarding']);
  assert.deepEqual(cats('The neighbours shout racist abuse at her when she leaves the flat.'), ['adult-safeguarding']);
  assert.equal(finding('At the care home residents are left in bed all day.', 'adult-safeguarding').indicator, 'organisational-abuse');
});

test('figures: the tuning sets meet the targets (risk-to-self recall >= 0.95, precision >= 0.85); first-run and untuned figures are in docs/risk.md', () => {
  const all = ALL_SETS.filter((s) => s.tuning).flatMap((s) => s.set);
  assert.ok(all.length >= 600);
  // the untuned check set is measured, never asserted (its first-run figures are the honest ones)
  const fresh = ALL_SETS.filter((s) => !s.tuning);
  assert.ok(fresh.length >= 1 && fresh.every((s) => evaluate(s.set, (t) => detectRisk(t)).sentences >= 40));
  const r = evaluate(all, (t) => detectRisk(t));
  assert.ok(r.perCategory['risk-to-self'].recall >= 0.95, JSON.stringify(r.perCategory['risk-to-self']));
  assert.ok(r.perCategory['risk-to-self'].precision >= 0.85, JSON.stringify(r.perCategory['risk-to-self']));
  assert.ok(r.overall.precision >= 0.85, JSON.stringify(r.overall));
  const dev = evaluate(ALL_SETS.find((s) => s.name.startsWith('taxonomy dev'))!.set, (t) => detectRisk(t));
  assert.ok(dev.sentences >= 120 && dev.overall.recall >= 0.95 && dev.overall.precision >= 0.9, JSON.stringify(dev.overall));
});

test('parseJsonl: categories or letters, optional evidence, empty labels; a bad line is refused with its number', () => {
  const set = parseJsonl('{"text":"She wants to end it all.","labels":["risk-to-self"]}\n\n{"text":"The battery is dead.","labels":[]}\n{"text":"x","labels":["C:past"],"id":"a"}\n');
  assert.equal(set.length, 3);
  assert.deepEqual(set[0]!.expected, [{ category: 'risk-to-self' }]);
  assert.deepEqual(set[1]!.expected, []);
  assert.deepEqual(set[2], { id: 'a', text: 'x', expected: [{ category: 'child-protection', evidence: 'past' }] });
  assert.throws(() => parseJsonl('{"text":"a","labels":["risk"]}'), /line 1: unknown category/);
  assert.throws(() => parseJsonl('{"text":"a"}\nnot json'), /line 2: not JSON/);
  assert.throws(() => parseJsonl('{"labels":[]}'), /"text" must be a string/);
  const r = evaluate(set.slice(0, 2), (t) => detectRisk(t));
  assert.equal(r.overall.tp, 1);
  assert.equal(r.overall.fp, 0);
});

test('scripts/score-risk.ts scores a JSONL file from the command line (and refuses a bad one with exit code 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'risk-score-'));
  try {
    const good = join(dir, 'set.jsonl');
    writeFileSync(good, '{"text":"She wants to end it all.","labels":["risk-to-self"]}\n{"text":"The battery is dead.","labels":[]}\n');
    const script = fileURLToPath(new URL('../../../scripts/score-risk.ts', import.meta.url));
    const ok = spawnSync(process.execPath, ['--import', 'tsx', script, good], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /2 sentences \(1 with a label\)/);
    assert.match(ok.stdout, /risk-to-self\s+1\s+0\s+0\s+1\.000\s+1\.000/);
    assert.doesNotMatch(ok.stdout, /battery/); // sentences are printed only with --errors
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text":"x","labels":["nonsense"]}\n');
    const no = spawnSync(process.execPath, ['--import', 'tsx', script, bad], { encoding: 'utf8' });
    assert.equal(no.status, 2);
    assert.match(no.stderr, /line 1: unknown category "nonsense"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
