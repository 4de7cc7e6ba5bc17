import type { DemoIndicator } from './demo-content.types';

/**
 * The indicators of the 2025-2027 project (DESIGN §2, §3, §8). The direction (rising or falling) is
 * implied by baseline → target; `trend` tells the loader how to generate the measurements, so that the
 * demo shows indicators on track, off track, stale and not yet measured.
 */
export const INDICATORS_2025_2027: DemoIndicator[] = [
  // ——— Plan ———
  {
    attachedTo: { kind: 'plan' },
    name: 'Délai moyen d’obtention d’un rendez-vous de médecine générale',
    unit: 'jours',
    baselineValue: 11,
    baselineDate: '2024-12-31',
    targetValue: 7,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 10 },
      { date: '2026-12-31', value: 8.5 },
    ],
    periodicity: 'quarter',
    source: 'DREES – baromètre des délais d’accès aux soins',
    definition:
      'Nombre moyen de jours calendaires entre la demande d’un patient et la date du rendez-vous obtenu auprès ' +
      'd’un médecin généraliste, hors demandes de soins non programmés traitées le jour même.',
    regional: true,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'plan' },
    name: 'Nombre de services d’urgence',
    unit: 'services d’urgence',
    baselineValue: 655,
    baselineDate: '2024-12-31',
    targetValue: 655,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 655 },
      { date: '2026-12-31', value: 655 },
    ],
    periodicity: 'year',
    source: 'DREES – SAE',
    definition:
      'Nombre de structures des urgences autorisées et ouvertes au 31 décembre ; l’objectif est de maintenir le ' +
      'maillage territorial, sans fermeture définitive de site sur la période.',
    regional: false,
    trend: 'on_track',
  },

  // ——— Axe 1 : accès aux soins ———
  {
    attachedTo: { kind: 'axis', axis: 1 },
    name: 'Part des passages aux urgences de plus de 4 heures',
    unit: '%',
    baselineValue: 36,
    baselineDate: '2024-12-31',
    targetValue: 25,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 33 },
      { date: '2026-12-31', value: 29 },
    ],
    periodicity: 'month',
    source: 'ATIH – résumés de passage aux urgences (RPU)',
    definition:
      'Part des passages aux urgences du mois dont la durée entre l’enregistrement à l’accueil et la sortie du ' +
      'service (retour à domicile, hospitalisation ou transfert) dépasse 4 heures.',
    regional: true,
    trend: 'behind',
  },
  {
    attachedTo: { kind: 'objective', axis: 1, objective: 1 },
    name: 'Part de la population couverte par une CPTS',
    unit: '%',
    baselineValue: 82,
    baselineDate: '2024-12-31',
    targetValue: 100,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 90 },
      { date: '2026-12-31', value: 96 },
    ],
    periodicity: 'quarter',
    source: 'CNAM – SNDS',
    definition:
      'Part de la population résidant sur le territoire d’une communauté professionnelle territoriale de santé ' +
      '(CPTS) ayant signé l’accord conventionnel interprofessionnel, rapportée à la population INSEE.',
    regional: true,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'objective', axis: 1, objective: 1 },
    name: 'Nombre de départements couverts par le service d’accès aux soins (SAS)',
    unit: 'départements',
    baselineValue: 74,
    baselineDate: '2024-12-31',
    targetValue: 101,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 90 },
      { date: '2026-12-31', value: 98 },
    ],
    periodicity: 'month',
    source: 'DGOS – tableau de bord interne',
    definition:
      'Nombre de départements dans lesquels un service d’accès aux soins opérationnel assure, en journée et 7 jours ' +
      'sur 7, la régulation des demandes de soins non programmés (volets aide médicale urgente et médecine générale).',
    regional: true,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'objective', axis: 1, objective: 2 },
    name: 'Nombre de maisons de santé pluriprofessionnelles en fonctionnement',
    unit: 'maisons de santé',
    baselineValue: 2550,
    baselineDate: '2024-12-31',
    targetValue: 4000,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 3000 },
      { date: '2026-12-31', value: 3500 },
    ],
    periodicity: 'quarter',
    source: 'ARS – remontées',
    definition:
      'Nombre de maisons de santé pluriprofessionnelles ouvertes et disposant d’un projet de santé validé par ' +
      'l’ARS au dernier jour du trimestre.',
    regional: false,
    trend: 'behind',
  },
  {
    attachedTo: { kind: 'objective', axis: 1, objective: 3 },
    name: 'Nombre d’infirmiers en pratique avancée diplômés',
    unit: 'infirmiers en pratique avancée',
    baselineValue: 2400,
    baselineDate: '2024-12-31',
    targetValue: 5000,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 3200 },
      { date: '2026-12-31', value: 4100 },
    ],
    periodicity: 'quarter',
    source: 'DGOS – tableau de bord interne (données des universités)',
    definition:
      'Nombre cumulé d’infirmiers titulaires du diplôme d’État d’infirmier en pratique avancée, toutes mentions ' +
      'confondues, à la fin du trimestre.',
    regional: true,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'objective', axis: 1, objective: 4 },
    name: 'Taux de recours à l’hospitalisation à domicile (pour 100 000 habitants)',
    unit: 'pour 100 000 hab.',
    baselineValue: 31,
    baselineDate: '2024-12-31',
    targetValue: 38,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 33 },
      { date: '2026-12-31', value: 35.5 },
    ],
    periodicity: 'quarter',
    source: 'ATIH – PMSI',
    definition:
      'Nombre moyen de patients pris en charge simultanément en hospitalisation à domicile un jour donné du ' +
      'trimestre (journées d’HAD divisées par le nombre de jours), rapporté à 100 000 habitants.',
    regional: true,
    trend: 'on_track',
  },

  // ——— Axe 2 : soutenabilité ———
  {
    attachedTo: { kind: 'objective', axis: 2, objective: 1 },
    name: 'Nombre de places en formation infirmière',
    unit: 'places',
    baselineValue: 36800,
    baselineDate: '2024-09-01',
    targetValue: 40000,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 38000 },
      { date: '2026-12-31', value: 39000 },
    ],
    periodicity: 'year',
    source: 'DREES – enquête Écoles de formation aux professions de santé',
    definition:
      'Nombre de places ouvertes en première année dans les instituts de formation en soins infirmiers (IFSI), ' +
      'toutes voies d’accès confondues, à la rentrée de l’année considérée.',
    regional: false,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'objective', axis: 2, objective: 1 },
    name: 'Taux de vacance des postes infirmiers dans les établissements publics de santé',
    unit: '%',
    baselineValue: 5.8,
    baselineDate: '2024-12-31',
    targetValue: 3.5,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 5 },
      { date: '2026-12-31', value: 4.2 },
    ],
    periodicity: 'quarter',
    source: 'ARS – remontées',
    definition:
      'Part des postes d’infirmiers budgétés non pourvus depuis plus de trois mois, rapportée à l’ensemble des ' +
      'postes d’infirmiers budgétés des établissements publics de santé, en fin de trimestre.',
    regional: false,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'objective', axis: 2, objective: 2 },
    name: 'Part des établissements publics de santé en déficit',
    unit: '%',
    baselineValue: 68,
    baselineDate: '2024-12-31',
    targetValue: 45,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 62 },
      { date: '2026-12-31', value: 54 },
    ],
    periodicity: 'quarter',
    source: 'ATIH – ANCRE (EPRD et rapports infra-annuels)',
    definition:
      'Part des établissements publics de santé dont le résultat consolidé prévisionnel, tous budgets confondus, ' +
      'est négatif d’après le dernier état financier transmis (EPRD ou rapport infra-annuel).',
    regional: false,
    trend: 'behind',
  },
  {
    attachedTo: { kind: 'objective', axis: 2, objective: 3 },
    name: 'Consommation énergétique des établissements de santé',
    unit: 'GWh',
    baselineValue: 24500,
    baselineDate: '2024-12-31',
    targetValue: 22000,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 23700 },
      { date: '2026-12-31', value: 22800 },
    ],
    periodicity: 'quarter',
    source: 'ADEME – plateforme OPERAT',
    definition:
      'Consommation d’énergie finale des bâtiments des établissements de santé assujettis au dispositif éco-énergie ' +
      'tertiaire, en cumul sur douze mois glissants, corrigée des variations climatiques.',
    regional: true,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'objective', axis: 2, objective: 3 },
    name: 'Émissions de gaz à effet de serre des établissements',
    unit: 'ktCO2e',
    baselineValue: 5200,
    baselineDate: '2024-12-31',
    targetValue: 4500,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 4950 },
      { date: '2026-12-31', value: 4700 },
    ],
    periodicity: 'year',
    source: 'ANAP – bilans d’émissions de gaz à effet de serre (BEGES)',
    definition:
      'Émissions annuelles de gaz à effet de serre des établissements de santé sur les scopes 1 et 2 (énergie, ' +
      'gaz anesthésiques, flotte de véhicules), déclarées dans leur bilan réglementaire.',
    regional: false,
    trend: 'on_track',
  },

  // ——— Axe 3 : qualité, innovation, numérique ———
  {
    attachedTo: { kind: 'axis', axis: 3 },
    name: 'Part des ordonnances de médicaments émises sous forme d’e-prescription',
    unit: '%',
    baselineValue: 18,
    baselineDate: '2024-12-31',
    targetValue: 80,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 35 },
      { date: '2026-12-31', value: 60 },
    ],
    periodicity: 'month',
    source: 'CNAM – SNDS',
    definition:
      'Part des ordonnances de médicaments exécutées en officine au cours du mois qui ont été émises par le ' +
      'prescripteur via le service d’e-prescription unifiée.',
    regional: false,
    trend: 'on_track',
  },
  {
    attachedTo: { kind: 'objective', axis: 3, objective: 1 },
    name: 'Délai moyen de prise en charge des actes innovants après avis de la HAS',
    unit: 'jours',
    baselineValue: 420,
    baselineDate: '2024-12-31',
    targetValue: 270,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 380 },
      { date: '2026-12-31', value: 320 },
    ],
    periodicity: 'quarter',
    source: 'DGOS – tableau de bord interne',
    definition:
      'Nombre moyen de jours entre l’avis favorable de la Haute Autorité de santé sur un acte innovant et sa ' +
      'prise en charge effective (nomenclature, forfait innovation ou référentiel RIHN), pour les actes pris en ' +
      'charge au cours du trimestre.',
    regional: false,
    trend: 'stale',
  },
  {
    attachedTo: { kind: 'objective', axis: 3, objective: 2 },
    name: 'Délai moyen de diagnostic d’une maladie rare',
    unit: 'mois',
    baselineValue: 54,
    baselineDate: '2024-12-31',
    targetValue: 42,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 50 },
      { date: '2026-12-31', value: 46 },
    ],
    periodicity: 'quarter',
    source: 'BNDMR – Banque nationale de données maladies rares',
    definition:
      'Nombre moyen de mois entre l’apparition des premiers symptômes et la confirmation du diagnostic, pour les ' +
      'patients dont le diagnostic a été posé au cours du trimestre par un centre de référence ou de compétence.',
    regional: false,
    trend: 'stale',
  },
  {
    attachedTo: { kind: 'objective', axis: 3, objective: 3 },
    name: 'Part des établissements raccordés à Mon espace santé alimentant le DMP',
    unit: '%',
    baselineValue: 72,
    baselineDate: '2024-12-31',
    targetValue: 95,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 80 },
      { date: '2026-12-31', value: 88 },
    ],
    periodicity: 'month',
    source: 'ANS – observatoire Ségur',
    definition:
      'Part des établissements de santé ayant envoyé au moins un document (lettre de liaison, compte rendu, ' +
      'résultat de biologie) au dossier médical partagé de Mon espace santé au cours du mois.',
    regional: true,
    trend: 'on_track',
  },

  // ——— Axe 4 : modes de travail de la DGOS ———
  {
    attachedTo: { kind: 'objective', axis: 4, objective: 1 },
    name: 'Taux de réponse des ARS aux enquêtes DGOS dans les délais',
    unit: '%',
    baselineValue: 64,
    baselineDate: '2025-03-31',
    targetValue: 90,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 72 },
      { date: '2026-12-31', value: 82 },
    ],
    periodicity: 'month',
    source: 'DGOS – tableau de bord interne',
    definition:
      'Part des réponses attendues des ARS aux enquêtes et remontées d’information lancées par la DGOS qui sont ' +
      'parvenues au plus tard à la date limite fixée, pour les enquêtes clôturées au cours du mois.',
    regional: false,
    trend: 'stale',
  },
  {
    attachedTo: { kind: 'objective', axis: 4, objective: 2 },
    name: 'Part des engagements des contrats d’objectifs et de performance des opérateurs atteints',
    unit: '%',
    baselineValue: 60,
    baselineDate: '2025-03-31',
    targetValue: 90,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 70 },
      { date: '2026-12-31', value: 80 },
    ],
    periodicity: 'quarter',
    source: 'DGOS – revue des COP (ANS, ATIH, ANAP)',
    definition:
      'Part des engagements à échéance des contrats d’objectifs et de performance de l’ANS, de l’ATIH et de ' +
      'l’ANAP constatés comme atteints lors de la revue trimestrielle de tutelle.',
    regional: false,
    trend: 'none',
  },
  {
    attachedTo: { kind: 'objective', axis: 4, objective: 3 },
    name: 'Délai moyen de publication des instructions',
    unit: 'jours',
    baselineValue: 45,
    baselineDate: '2025-01-31',
    targetValue: 25,
    targetDate: '2027-12-31',
    intermediateTargets: [
      { date: '2025-12-31', value: 38 },
      { date: '2026-12-31', value: 30 },
    ],
    periodicity: 'month',
    source: 'DGOS – tableau de bord interne',
    definition:
      'Nombre moyen de jours entre la validation d’une instruction par le bureau rédacteur et sa publication au ' +
      'Bulletin officiel santé, pour les instructions publiées au cours du mois.',
    regional: false,
    trend: 'behind',
  },
];
