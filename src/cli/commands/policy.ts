// `confidant policy list|show|lint|test` — tools for policy authors. Translation only: the
// loading, composition and scenario checks live in services/ and domain/decision/.
import type { Command } from 'commander';
import type { CompiledRule } from '../../domain/decision/index.js';
import { CliExit, type CliIo } from '../io.js';
import { loadLibraryForCli } from './assess.js';

const MIN_SCENARIOS = 10;

function formatValue(v: unknown): string {
  if (Array.isArray(v)) return v.join('|');
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k} ${formatValue(x)}`).join(', ');
  return String(v);
}

function showRule(r: CompiledRule, when: Record<string, unknown>): string[] {
  const o = r.outcome;
  const conds = Object.entries(when)
    .map(([k, v]) => (k === 'anyOf' || k === 'noneOf' ? `${k} (${(v as Record<string, unknown>[]).map((c) => Object.entries(c).map(([a, b]) => `${a}=${formatValue(b)}`).join(' & ')).join(' ; ')})` : `${k}=${formatValue(v)}`))
    .join(' & ') || 'always';
  const lines = [`  ${r.id}  [${r.layerId}]`, `    ${r.summary}`, `    when: ${conds}`];
  const effect: string[] = [];
  if (o.verdict) effect.push(`verdict ${o.verdict}`);
  if (o.mandatory) effect.push('MANDATORY');
  if (o.ground) effect.push(`ground ${o.ground}`);
  if (o.recipients?.length) effect.push(`to ${o.recipients.join(', ')}`);
  if (o.excludeRecipients?.length) effect.push(`never to ${o.excludeRecipients.join(', ')}`);
  if (o.urgency) effect.push(`urgency ${o.urgency}`);
  if (o.approvalRequired) effect.push('approval required');
  if (o.informClientFirst === false) effect.push('do not tell the client first');
  if (o.appliesTo) effect.push(`adds to: ${o.appliesTo.join(', ')}`);
  if (o.steps?.length) effect.push(`steps: ${o.steps.join(', ')}`);
  lines.push(`    then: ${effect.join('; ') || '(no effect)'}`);
  for (const c of r.citations) lines.push(`    cite: ${c.source}`);
  if (r.reviewed) lines.push(`    reviewed: ${r.reviewed}`);
  if (r.uncertain) lines.push(`    UNCERTAIN: ${r.uncertain}`);
  return lines;
}

export function registerPolicy(program: Command, io: CliIo): void {
  const policy = program
    .command('policy')
    .summary('list, show, lint and test the policy packs')
    .description(
      'Tools for policy authors. Packs are YAML under policies/: law/ (one layer per jurisdiction),\n' +
        'profession/ (codes of ethics), organisation/ (the organisation\'s procedure), packs.yaml (named\n' +
        'compositions) and scenarios/<pack>.yaml (each pack\'s own test situations). See docs/decision-engine.md.',
    );

  policy
    .command('list')
    .description('list the named packs with their layers and number of scenarios')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { format: string }) => {
      const library = await loadLibraryForCli('policy list');
      const { listPacks } = await import('../../services/assess.js');
      const packs = listPacks(library);
      if (opts.format === 'json') {
        io.stdout.write(JSON.stringify({ packs, lawLayers: [...library.law.byJurisdiction.keys()].sort() }, null, 2) + '\n');
        return;
      }
      const rows = packs.map((p) => [p.id, p.version, p.profession, p.region, String(p.scenarios), p.layers.join(' + ')]);
      const head = ['PACK', 'VERSION', 'PROFESSION', 'REGION', 'SCENARIOS', 'LAYERS (law comes from the facts)'];
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const r of [head, ...rows]) io.stdout.write(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ') + '\n');
      io.stdout.write(`\nLaw layers: ${[...library.law.byJurisdiction.keys()].sort().join(', ')}; other places use the cautious default.\n`);
    });

  policy
    .command('show')
    .description('show a pack\'s composed rules, readably: law (for a jurisdiction), profession, organisation')
    .argument('<pack>', 'pack id, e.g. gb-iag')
    .option('--jurisdiction <code>', 'law of this jurisdiction (default: the pack\'s region, e.g. GB-ENG for gb-*)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (id: string, opts: { jurisdiction?: string; format: string }) => {
      const library = await loadLibraryForCli('policy show');
      const [{ unknownPolicyError }, { resolveRules }] = await Promise.all([import('../../services/assess.js'), import('../../domain/decision/index.js')]);
      const pack = library.packs.get(id);
      if (!pack) throw new CliExit(3, `confidant policy show: ${unknownPolicyError(id, library).message}`);
      const defaults: Record<string, string> = { GB: 'GB-ENG', US: 'US', AU: 'AU', '*': 'ZZ' };
      const j = (opts.jurisdiction ?? defaults[pack.region] ?? 'ZZ').toUpperCase();
      const resolved = resolveRules(pack, j, j);
      const rules = [...resolved.lawLayerIds.flatMap((l) => pack.law.rules.get(l) ?? []), ...pack.rules];
      const whenOf = (r: CompiledRule): Record<string, unknown> => {
        const layer = library.layers.get(r.layerId)!;
        return (layer.rules.find((x) => x.id === r.id)?.when ?? {}) as Record<string, unknown>;
      };
      if (opts.format === 'json') {
        io.stdout.write(JSON.stringify({
          id: pack.id, version: pack.version, jurisdiction: j, layers: [...resolved.lawLayerIds, ...pack.layerIds], warnings: resolved.warnings,
          rules: rules.map((r) => ({ id: r.id, layer: r.layerId, summary: r.summary, when: whenOf(r), then: r.outcome, citations: r.citations, reviewed: r.reviewed, uncertain: r.uncertain })),
        }, null, 2) + '\n');
        return;
      }
      io.stdout.write(`${pack.id} ${pack.version} — ${pack.title}\nLaw for ${j}: ${resolved.lawLayerIds.join(' + ')}; then ${pack.layerIds.join(' + ')}\n`);
      for (const w of resolved.warnings) io.stdout.write(`! ${w}\n`);
      io.stdout.write('Composition: the strongest verdict wins (maintain < seek-consent/share-with-consent/consult/refer/end-relationship < escalate < disclose);\nrecipients, steps and what may be shared are united; urgency is the highest; approval if any rule asks; a legal rule cannot be redefined.\n');
      let lastLayer = '';
      for (const r of rules) {
        if (r.layerId !== lastLayer) { io.stdout.write(`\n== ${r.layerId}\n`); lastLayer = r.layerId; }
        io.stdout.write(showRule(r, whenOf(r)).join('\n') + '\n');
      }
    });

  policy
    .command('lint')
    .description('check policy files (layers, packs.yaml or scenario files) against the pack format; problems as file:line')
    .argument('<files...>', 'YAML files to check')
    .action(async (files: string[]) => {
      const { lintPolicyFile } = await import('../../services/policy-loader.js');
      let problems = 0;
      for (const f of files) {
        const ps = lintPolicyFile(f);
        for (const p of ps) io.stdout.write(`${p.file}:${p.line}: ${p.message}\n`);
        if (!ps.length) io.stdout.write(`${f}: ok\n`);
        problems += ps.length;
      }
      if (problems) throw new CliExit(2, `confidant policy lint: ${problems} problem(s)`);
    });

  policy
    .command('test')
    .description(`run the packs' own scenarios (all packs, or one); each pack must ship at least ${MIN_SCENARIOS}`)
    .argument('[pack]', 'pack id; all packs when omitted')
    .option('--verbose', 'print every scenario, not only failures')
    .action(async (id: string | undefined, opts: { verbose?: boolean }) => {
      const library = await loadLibraryForCli('policy test');
      const { runScenarios, unknownPolicyError } = await import('../../services/assess.js');
      if (id !== undefined && !library.packs.has(id)) throw new CliExit(3, `confidant policy test: ${unknownPolicyError(id, library).message}`);
      const runs = runScenarios(id, library);
      let failed = 0;
      let serious = 0;
      for (const r of runs) {
        if (!r.check.ok) failed++;
        if (r.check.serious) serious++;
        if (!r.check.ok || opts.verbose) {
          io.stdout.write(`${r.check.ok ? 'PASS' : 'FAIL'} ${r.pack} ${r.id} ${r.title}${r.result ? `  → ${r.result.verdict}` : ''}\n`);
          for (const p of r.check.problems) io.stdout.write(`     - ${p}\n`);
        }
      }
      const counts = new Map<string, number>();
      for (const r of runs) counts.set(r.pack, (counts.get(r.pack) ?? 0) + 1);
      const thin = [...library.packs.keys()].filter((p) => (!id || p === id) && (counts.get(p) ?? 0) < MIN_SCENARIOS);
      for (const p of thin) io.stdout.write(`FAIL ${p} has ${counts.get(p) ?? 0} scenario(s); each pack needs at least ${MIN_SCENARIOS}\n`);
      io.stdout.write(`scenarios=${runs.length} passed=${runs.length - failed} failed=${failed} serious=${serious} packs=${counts.size}\n`);
      if (failed || thin.length) throw new CliExit(1, '');
    });
}
