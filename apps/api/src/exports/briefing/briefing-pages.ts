import {
  formatDateFr,
  formatDateTimeFr,
  formatNumberFr,
  formatPercentFr,
  formatQuantityFr,
  HEALTH_LABELS,
  healthWhy,
  SIGNAL_KINDS,
  SIGNAL_LABELS,
  STATUS_LABELS,
  STATUSES,
  type Health,
  type IndicatorListItem,
  type RollupNodePayload,
} from '@boussole/domain';
import type { BriefingAxis, BriefingData } from './briefing-data';
import { BriefingDocument } from './briefing-document';

type Node = Omit<RollupNodePayload, 'explain'>;

/** The briefing's title, as its file and its metadata give it. */
export function briefingTitle(data: BriefingData): string {
  return `Note CODIR — ${data.planTitle} — ${data.cycle && data.ofCycle ? data.cycle.label : formatDateFr(data.asOf)}`;
}

/**
 * Lays the briefing out (cover, summary, one page per axis, regions, indicators) and writes it to
 * `out` as it goes: pdfkit flushes each finished page, so the whole file is never held at once.
 */
export function renderBriefing(data: BriefingData, out: NodeJS.WritableStream): void {
  const pdf = new BriefingDocument(
    { title: briefingTitle(data), subject: `Synthèse de l’avancement du projet stratégique « ${data.planTitle} » pour le comité de direction` },
    `Boussole — ${data.planTitle}`,
  );
  pdf.doc.pipe(out);
  cover(pdf, data);
  summary(pdf, data);
  for (const axis of data.axes) axisPage(pdf, data, axis);
  regions(pdf, data);
  indicators(pdf, data);
  pdf.end();
}

/** `42 %`, or « non calculé » for a node without actions. */
export function percent(value: number | null): string {
  return value === null ? 'non calculé' : formatPercentFr(value);
}

function progressText(node: Node): string {
  const expected = node.expectedProgress === null ? '' : ` (attendu ${formatPercentFr(node.expectedProgress)})`;
  return `${percent(node.progress)}${expected}`;
}

function healthText(health: Health | null): string {
  return health === null ? 'sans action' : HEALTH_LABELS[health];
}

/** Which rule of DESIGN §3 decided the health, with the figures it read (the domain's sentence). */
function healthReason(node: Node): string {
  if (node.health === null) return 'Aucune action comptée.';
  const why = healthWhy(node);
  return why === null ? '' : `${why.charAt(0).toUpperCase()}${why.slice(1)}`;
}

function cover(pdf: BriefingDocument, data: BriefingData): void {
  pdf.newPage();
  pdf.doc.moveDown(6);
  pdf.paragraph('Direction générale de l’offre de soins — note pour le comité de direction', { color: '#666666' });
  pdf.heading(1, data.planTitle);
  const c = data.cycle;
  if (c && data.ofCycle) {
    pdf.paragraph(`Campagne de suivi ${c.label}, du ${formatDateFr(c.opensOn)} au ${formatDateFr(c.closesOn)} (${c.state === 'open' ? 'ouverte' : 'close'})`, { bold: true, size: 13 });
    pdf.paragraph(`Chiffres figés par la validation de chaque axe (ou la clôture de la campagne) ; sinon, ceux du ${formatDateFr(data.asOf)}.`);
  } else {
    pdf.paragraph(`Situation au ${formatDateFr(data.asOf)}`, { bold: true, size: 13 });
    if (c) pdf.paragraph(`Campagne de suivi en cours : ${c.label}, du ${formatDateFr(c.opensOn)} au ${formatDateFr(c.closesOn)}`);
  }
  pdf.heading(2, 'Validation des axes', false);
  pdf.list(
    data.axes.map((a) => {
      const v = a.validation;
      const state = v ? `validé le ${formatDateTimeFr(v.validatedAt)} par ${v.validatedBy.name}` : c ? 'non validé' : 'aucune campagne en cours';
      return `Axe ${a.rollup.number} — ${a.rollup.title} : ${state}`;
    }),
  );
  pdf.doc.moveDown(2);
  pdf.paragraph(`Document généré le ${formatDateTimeFr(data.generatedAt)} par Boussole.`, { size: 9, color: '#666666' });
}

function summary(pdf: BriefingDocument, data: BriefingData): void {
  pdf.newPage();
  pdf.heading(1, 'Synthèse du plan');
  const p = data.plan;
  pdf.bar('Avancement du plan', p.progress, p.expectedProgress, progressText(p), `Barre d’avancement du plan : ${progressText(p)}`);
  pdf.paragraph(`Météo du plan : ${healthText(p.health)}. ${healthReason(p)}`);
  pdf.heading(2, 'Avancement des axes');
  for (const a of data.axes) {
    const r = a.rollup;
    pdf.bar(`Axe ${r.number} — ${r.title} (${healthText(r.health)})`, r.progress, r.expectedProgress, progressText(r), `Barre d’avancement de l’axe ${r.number} : ${progressText(r)}`);
  }
  pdf.heading(2, 'Actions par météo');
  pdf.table(
    [{ header: 'Météo', width: 250 }, { header: 'Actions', width: 120, align: 'right' }, { header: 'Poids', width: 125, align: 'right' }],
    STATUSES.map((s) => [STATUS_LABELS[s], formatNumberFr(p.counts[s].count), formatNumberFr(p.counts[s].weight)]),
    `${formatNumberFr(p.actionCount)} actions ; les actions dont l’échéance est dépassée comptent comme en retard.`,
  );
  pdf.heading(2, 'Signaux');
  pdf.table(
    [{ header: 'Signal', width: 300 }, { header: 'Nombre', width: 195, align: 'right' }],
    SIGNAL_KINDS.map((k) => [SIGNAL_LABELS[k], formatNumberFr(data.signalCounts[k])]),
  );
}

function axisPage(pdf: BriefingDocument, data: BriefingData, axis: BriefingAxis): void {
  const r = axis.rollup;
  pdf.newPage();
  pdf.heading(1, `Axe ${r.number} — ${r.title}`);
  const v = axis.validation;
  pdf.paragraph(v ? `Validé le ${formatDateTimeFr(v.validatedAt)} par ${v.validatedBy.name}${v.comment ? ` : « ${v.comment} »` : '.'}` : 'Non validé pour cette campagne.', { color: '#666666', size: 9 });
  pdf.paragraph(`Avancement de l’axe ${r.number} : ${progressText(r)}. Météo : ${healthText(r.health)}. ${healthReason(r)}`, { bold: true });
  pdf.heading(2, 'Avancement des objectifs');
  for (const o of r.objectives) {
    pdf.bar(`${o.code} ${o.title}`, o.progress, o.expectedProgress, `${progressText(o)} · ${healthText(o.health)}`, `Barre d’avancement de l’objectif ${o.code} : ${progressText(o)}`);
  }
  const since = data.previousCycle ? ` ou en recul depuis ${data.previousCycle.label}` : '';
  pdf.heading(2, `Actions en retard${since} (${formatNumberFr(axis.watchCount)})`);
  if (axis.watch.length === 0) pdf.paragraph('Aucune.');
  for (const w of axis.watch) {
    const a = w.action;
    pdf.keep(60);
    pdf.paragraph(`${a.code} ${a.title}`, { bold: true });
    const facts = [STATUS_LABELS[a.effectiveStatus], `${formatPercentFr(a.progress)}${a.expectedProgress === null ? '' : ` (attendu ${formatPercentFr(a.expectedProgress)})`}`];
    if (w.worseThan) facts.push(`à ${data.previousCycle?.label ?? 'la campagne précédente'} : ${STATUS_LABELS[w.worseThan.status]}, ${formatPercentFr(w.worseThan.progress)}`);
    if (a.owner) facts.push(`pilote : ${a.owner.name} (${a.unitCode})`);
    pdf.paragraph(facts.join(' · '), { size: 9, indent: 10 });
    if (a.narrative) pdf.paragraph(`Point d’avancement : ${a.narrative}`, { size: 9, indent: 10 });
    if (w.blockers) pdf.paragraph(`Difficultés : ${w.blockers}`, { size: 9, indent: 10 });
  }
  more(pdf, axis.watchCount - axis.watch.length, 'actions');
  pdf.heading(2, `Besoins d’appui DGOS (${formatNumberFr(axis.supportRequestCount)})`);
  if (axis.supportRequests.length === 0) pdf.paragraph('Aucun.');
  pdf.list(axis.supportRequests.map((c) => `${c.actionCode}${c.regionCode ? ` (région ${c.regionCode})` : ''}, ${c.author}, le ${formatDateTimeFr(c.createdAt)} : ${c.text}`), 9);
  more(pdf, axis.supportRequestCount - axis.supportRequests.length, 'besoins');
  pdf.heading(2, `Indicateurs hors trajectoire (${formatNumberFr(axis.offTrackIndicators.length)})`);
  if (axis.offTrackIndicators.length === 0) pdf.paragraph('Aucun.');
  pdf.list(axis.offTrackIndicators.map((i) => `${i.name} : ${latest(i)}, cible ${value(i.targetValue, i.unit)} au ${formatDateFr(i.targetDate)}, réalisation ${percent(i.achievement.overall)}`), 9);
}

function more(pdf: BriefingDocument, left: number, what: string): void {
  if (left > 0) pdf.paragraph(`… et ${formatNumberFr(left)} autres ${what} (voir l’export tableur).`, { size: 9, color: '#666666' });
}

function regions(pdf: BriefingDocument, data: BriefingData): void {
  pdf.newPage();
  pdf.heading(1, 'Déploiement régional');
  pdf.table(
    [
      { header: 'Région', width: 120 },
      { header: 'Avancement', width: 70, align: 'right' },
      { header: 'Rang', width: 40, align: 'right' },
      { header: 'Déploiements', width: 70, align: 'right' },
      { header: 'Terminés', width: 55, align: 'right' },
      { header: 'En retard', width: 55, align: 'right' },
      { header: 'En retard sur les autres régions', width: 85, align: 'right' },
    ],
    data.regions.map((r) => [
      `${r.name} (${r.code})`,
      percent(r.progress),
      r.rank === null ? '—' : formatNumberFr(r.rank),
      formatNumberFr(r.deploymentCount),
      formatNumberFr(r.counts.done),
      formatNumberFr(r.counts.late),
      formatNumberFr(r.laggingCount),
    ]),
    `Avancement pondéré des déploiements de chaque région (état actuel) ; « En retard » : la météo des déploiements ; « ${SIGNAL_LABELS.regional_laggard} » : plus de 15 points sous la médiane des régions.`,
  );
}

function indicators(pdf: BriefingDocument, data: BriefingData): void {
  pdf.newPage();
  pdf.heading(1, 'Indicateurs');
  pdf.table(
    [
      { header: 'Indicateur', width: 200 },
      { header: 'Rattachement', width: 70 },
      { header: 'Dernière valeur', width: 85, align: 'right' },
      { header: 'Cible', width: 80, align: 'right' },
      { header: 'Réalisation', width: 60, align: 'right' },
    ],
    data.indicators.map((i) => [i.name, i.attachedTo.label, latest(i), `${value(i.targetValue, i.unit)} (${formatDateFr(i.targetDate)})`, percent(i.achievement.overall)]),
    `Réalisation : part du chemin parcouru de la valeur de référence à la cible, au ${formatDateFr(data.asOf)}.`,
  );
}

/** A value with its unit, as the web prints it (« 91,1 % », « 658 services d’urgence »). */
function value(v: number, unit: string): string {
  return formatQuantityFr(v, unit);
}

function latest(i: IndicatorListItem): string {
  return i.latest ? `${value(i.latest.value, i.unit)} (${formatDateFr(i.latest.period)})` : 'aucune mesure';
}
