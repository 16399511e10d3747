// A plain-text rendering of a result, for `confidant assess --format text` and for people reading
// in a terminal. The JSON result is the contract; this is a view of it.
import type { AssessmentResult } from './evaluate.js';

const VERDICT_WORDS: Readonly<Record<string, string>> = {
  maintain: 'MAINTAIN confidentiality',
  'seek-consent': 'SEEK CONSENT before sharing anything',
  'share-with-consent': 'SHARE WITH CONSENT, within its scope',
  consult: 'CONSULT (supervision, without names)',
  escalate: 'ESCALATE internally (manager / safeguarding lead)',
  disclose: 'DISCLOSE outside the organisation',
  refer: 'REFER the client on, with consent',
  'end-relationship': 'END the professional relationship, keeping the confidence',
};

export function renderText(r: AssessmentResult): string {
  const lines: string[] = [];
  lines.push(`Decision: ${VERDICT_WORDS[r.verdict] ?? r.verdict}${r.mandatory ? ' — REQUIRED BY LAW' : ''}`);
  lines.push(`Urgency: ${r.urgency}   Tell the client first: ${r.informClientFirst ? 'yes, unless that raises the risk' : 'no'}   Approval needed: ${r.approvalRequired ? 'yes' : 'no'}`);
  if (r.recipients.length) lines.push(`Who receives information: ${r.recipients.join(', ')}`);
  if (r.minimumNecessary.length) lines.push(`Share no more than: ${r.minimumNecessary.join(', ')}`);
  if (r.ground) lines.push(`Ground (PRACTICE B1): ${r.ground}`);
  lines.push('', 'Why:', wrap(r.rationale));
  if (r.steps.length) {
    lines.push('', 'Steps:');
    r.steps.forEach((s, i) => lines.push(wrap(`${i + 1}. ${s.text}`, '   ')));
  }
  if (r.citations.length) {
    lines.push('', 'Sources:');
    for (const c of r.citations) lines.push(wrap(`- ${c.source}: ${c.note}`, '  '));
  }
  if (r.warnings.length) {
    lines.push('', 'Warnings:');
    for (const w of r.warnings) lines.push(wrap(`! ${w}`, '  '));
  }
  lines.push('', `Policy ${r.policy.id} ${r.policy.version}; rules applied: ${r.rules.filter((x) => x.applied).map((x) => x.id).join(', ') || '(none)'}`);
  return lines.join('\n') + '\n';
}

function wrap(text: string, indent = '', width = 96): string {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > width) { out.push(line); line = indent + w; } else line = line ? line + ' ' + w : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}
