// An organisation's own procedure as a policy layer supplied at run time (e.g. edited in the admin
// UI and stored in the database) rather than read from policies/organisation/. It is validated with
// the same schema and composed with the same stricter-only rules: it may add to the law and the
// professional code, never loosen them.
import { composePack, layerSchema, PolicyError, type ComposedPack, type Layer } from '../domain/decision/index.js';
import { getPolicyLibrary, type PolicyLibrary } from './policy-loader.js';

export interface LayerProblem { path: string; message: string }
export type OrganisationLayerResult = { ok: true; layer: Layer } | { ok: false; problems: LayerProblem[] };

/** Validates an organisation layer given as data (JSON from the API, or parsed YAML). */
export function validateOrganisationLayer(input: unknown, library: PolicyLibrary = getPolicyLibrary()): OrganisationLayerResult {
  const r = layerSchema.safeParse(input);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path.join('.') || '(top level)', message: i.message })) };
  if (r.data.kind !== 'organisation') return { ok: false, problems: [{ path: 'kind', message: 'must be "organisation": law and professional layers are part of the shipped packs' }] };
  // Compose it once with every pack, so references (principles, steps) and rule ids are checked now.
  for (const def of library.packDefs) {
    try {
      packWithOrganisation(def.id, r.data, library);
    } catch (e) {
      if (e instanceof PolicyError) return { ok: false, problems: [{ path: e.path.join('.') || '(layer)', message: `${e.message} (with pack ${def.id})` }] };
      throw e;
    }
  }
  return { ok: true, layer: r.data };
}

const composed = new WeakMap<Layer, Map<string, ComposedPack>>();

/** The named pack with its organisation layer(s) replaced by `organisation`. Throws PolicyError. */
export function packWithOrganisation(packId: string, organisation: Layer, library: PolicyLibrary = getPolicyLibrary()): ComposedPack {
  const byPack = composed.get(organisation) ?? new Map<string, ComposedPack>();
  composed.set(organisation, byPack);
  const hit = byPack.get(packId);
  if (hit) return hit;
  const def = library.packDefs.find((d) => d.id === packId);
  if (!def) throw new PolicyError(`unknown policy pack "${packId}"`);
  const layers = new Map(library.layers);
  layers.set(organisation.id, organisation);
  const keep = def.layers.filter((id) => library.layers.get(id)?.kind !== 'organisation');
  const pack = composePack({ ...def, layers: [...keep, organisation.id], version: `${def.version}+${organisation.id.slice('organisation/'.length)}.${organisation.version}` }, layers, library.law);
  byPack.set(packId, pack);
  return pack;
}
