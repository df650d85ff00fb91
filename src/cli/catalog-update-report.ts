import type { CatalogUpdatePlan } from '../edit/catalog/plan-catalog-update.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { catalogLabel } from '../model/catalog-identity.js';

/** The report `ledger catalog update` prints before writing: what changed, then what it does here. */
export function catalogUpdateReport(plan: CatalogUpdatePlan, lang: Lang): string {
  const { changes: c, effects: e } = plan;
  const lines = [t(lang, 'catalog.update.header', { from: catalogLabel(plan.from), to: catalogLabel(plan.to) })];
  if (c.added.length) lines.push(t(lang, 'catalog.update.added', { ids: c.added }));
  if (c.removed.length) lines.push(t(lang, 'catalog.update.removed', { ids: c.removed }));
  for (const r of c.renumbered) lines.push(t(lang, 'catalog.update.renumbered', r));
  if (c.reworded.length) lines.push(t(lang, 'catalog.update.reworded', { ids: c.reworded }));
  for (const f of c.fields) lines.push(t(lang, 'catalog.update.fields', f));
  for (const [id, m] of c.materials) {
    const parts = [
      m.added.length ? t(lang, 'catalog.update.m-added', { nos: m.added }) : '',
      m.removed.length ? t(lang, 'catalog.update.m-removed', { nos: m.removed }) : '',
      ...m.moved.map((x) => t(lang, 'catalog.update.m-moved', x)),
      m.reworded.length ? t(lang, 'catalog.update.m-reworded', { nos: m.reworded }) : '',
    ].filter(Boolean);
    lines.push(t(lang, 'catalog.update.materials', { id, detail: parts.join(lang === 'zh' ? '；' : '; ') }));
  }
  const changed = c.added.length + c.removed.length + c.renumbered.length + c.reworded.length + c.fields.length + c.materials.size;
  if (!changed) lines.push(t(lang, 'catalog.update.none'));

  const effects = [
    ...e.folders.map((f) =>
      f.to ? t(lang, 'catalog.update.folder-renumbered', { ...f, to: f.to }) : t(lang, 'catalog.update.folder-removed', f),
    ),
    ...e.materialFiles.map((f) =>
      f.to === null ? t(lang, 'catalog.update.material-removed', f) : t(lang, 'catalog.update.material-moved', { ...f, to: f.to }),
    ),
    ...e.responsibilities.map((r) => t(lang, 'catalog.update.responsibility', { id: r.id, to: r.to ?? '' })),
    ...e.statuses.map((s) => t(lang, 'catalog.update.status', { ...s, to: s.to ?? '' })),
    ...e.reviews.map((r) => t(lang, 'catalog.update.review', r)),
    ...(e.uncarried.length ? [t(lang, 'catalog.update.uncarried', { ids: e.uncarried })] : []),
  ];
  lines.push(effects.length ? t(lang, 'catalog.update.effects') : t(lang, 'catalog.update.no-effects'), ...effects);
  return `${lines.join('\n')}\n`;
}
