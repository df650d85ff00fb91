import { isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import { mapAt, removeFromSeq, replaceInSeq, seqAt, seqValues } from './yaml-document.js';

/**
 * In responsibilities.yaml, `from` becomes `to` in every lead/cooperate list (per indicator and
 * per material); where `to` then leads, it is not also listed as cooperating. Returns the
 * indicator ids that changed.
 */
export function replaceUnitInResponsibilities(doc: Document, from: string, to: string): string[] {
  const changed: string[] = [];
  const indicators = mapAt(doc, ['indicators']);
  for (const pair of indicators?.items ?? []) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    const id = String(pair.key.value);
    const carriers = [pair.value, ...materialMaps(pair.value)];
    let touched = false;
    for (const c of carriers) {
      const lead = seqAt(c, 'lead');
      const cooperate = seqAt(c, 'cooperate');
      touched = replaceInSeq(lead, from, to) || touched;
      touched = replaceInSeq(cooperate, from, to) || touched;
      if (seqValues(lead).includes(to)) touched = removeFromSeq(cooperate, to) || touched;
    }
    if (touched) changed.push(id);
  }
  return changed;
}

/** The indicator ids (and id/material) whose carriers name `unit`. */
export function indicatorsNamingUnit(doc: Document, unit: string): string[] {
  const out: string[] = [];
  const indicators = mapAt(doc, ['indicators']);
  for (const pair of indicators?.items ?? []) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    const id = String(pair.key.value);
    const names = (m: YAMLMap) => [...seqValues(seqAt(m, 'lead')), ...seqValues(seqAt(m, 'cooperate'))];
    if (names(pair.value).includes(unit)) out.push(id);
    const materials = pair.value.get('materials', true);
    if (!isMap(materials)) continue;
    for (const m of materials.items) {
      if (isScalar(m.key) && isMap(m.value) && names(m.value).includes(unit)) out.push(`${id}/${String(m.key.value)}`);
    }
  }
  return out;
}

function materialMaps(indicator: YAMLMap): YAMLMap[] {
  const materials = indicator.get('materials', true);
  if (!isMap(materials)) return [];
  return materials.items.map((p) => p.value).filter((v): v is YAMLMap => isMap(v));
}
