import type { DemoObjective } from './demo-content.types';

/** Objective 2.2 of axis 2 (see axis-2.content.ts), kept apart to keep each file small. */
export const AXIS_2_OBJECTIVE_2: DemoObjective = {
  number: 2,
  title: 'Garantir un financement clair et adapté aux évolutions de l’offre de soins',
  description:
    'Faire évoluer les modèles de financement des établissements vers davantage de lisibilité, de pertinence et ' +
    'de qualité, en donnant de la visibilité aux acteurs.',
  actions: [
    {
      number: 1,
      title: 'Réviser le modèle de financement des soins critiques',
      description:
        'Remplacer le financement actuel de la réanimation et des soins intensifs par un modèle mixte associant ' +
        'dotation socle, part à l’activité et qualité, cohérent avec la réforme des autorisations.',
      unit: 'PF',
      startDate: '2025-04-01',
      dueDate: '2026-12-31',
      weight: 2,
      regional: false,
      story: 'optimistic',
      status: 'on_track',
      progress: 55,
      milestones: [
        { title: 'Simulations d’impact réalisées avec l’ATIH', plannedDate: '2025-12-31', actualDate: '2026-01-30' },
        { title: 'Arbitrage du modèle cible', plannedDate: '2026-06-30' },
        { title: 'Intégration dans la campagne tarifaire 2027', plannedDate: '2026-12-31' },
      ],
      narratives: [
        'Les simulations de l’ATIH ont été présentées aux fédérations ; elles font apparaître des effets revenus importants pour les établissements de petite taille.',
        'Un modèle de transition lissé sur trois ans a été proposé ; les fédérations ont demandé des simulations complémentaires.',
        'Les échanges techniques se poursuivent avec l’ATIH et la DSS. L’équipe maintient l’objectif d’une intégration dans la campagne 2027.',
      ],
      nextSteps: 'Soumettre le modèle cible à l’arbitrage du cabinet en décembre.',
    },
    {
      number: 2,
      title: 'Consolider la réforme du financement de la psychiatrie',
      description:
        'Ajuster les compartiments de la dotation populationnelle et de la dotation à la file active, et organiser ' +
        'la sortie progressive de la garantie de financement des établissements.',
      unit: 'PF',
      startDate: '2025-01-06',
      dueDate: '2026-12-31',
      weight: 2,
      regional: false,
      story: 'steady',
      status: 'on_track',
      progress: 90,
      milestones: [
        { title: 'Révision des critères de la dotation populationnelle', plannedDate: '2025-06-30', actualDate: '2025-06-27' },
        { title: 'Arrêté organisant la sortie de la garantie de financement', plannedDate: '2026-03-31', actualDate: '2026-03-31' },
        { title: 'Rapport d’évaluation de la réforme', plannedDate: '2026-12-31' },
      ],
      narratives: [
        'L’arrêté organisant la sortie progressive de la garantie de financement a été publié ; 85 % des établissements voient leurs recettes progresser.',
        'Le comité de suivi avec les fédérations s’est réuni le 15 septembre ; les critères de précarité de la dotation populationnelle ont été affinés.',
        'Le rapport d’évaluation est en cours de finalisation avec l’ATIH ; ses conclusions seront présentées aux fédérations en décembre.',
      ],
      nextSteps: 'Présenter le rapport d’évaluation aux fédérations et intégrer ses recommandations à la campagne 2027.',
    },
    {
      number: 3,
      title: 'Évaluer et ajuster le financement des structures d’urgences',
      description:
        'Tirer le bilan du modèle mixte de financement des urgences (dotation populationnelle, activité, qualité) ' +
        'et renforcer le caractère incitatif de la dotation qualité.',
      unit: 'PF',
      startDate: '2025-06-02',
      dueDate: '2027-06-30',
      weight: 2,
      regional: false,
      story: 'stale',
      status: 'on_track',
      progress: 60,
      milestones: [
        { title: 'Bilan des premières campagnes du modèle mixte', plannedDate: '2026-03-31', actualDate: '2026-03-19' },
        { title: 'Indicateurs de qualité révisés', plannedDate: '2026-12-31' },
        { title: 'Application dans la campagne 2027', plannedDate: '2027-06-30' },
      ],
      narratives: [
        'Le bilan des campagnes 2022 à 2025 montre une stabilisation des recettes mais un effet incitatif limité de la dotation qualité.',
        'Un groupe de travail réunissant Samu-Urgences de France et les fédérations révise les indicateurs de qualité.',
        'Les nouveaux indicateurs (temps de passage, recours au SAS) sont testés sur les données 2025 avec l’ATIH.',
      ],
      nextSteps: 'Valider les indicateurs révisés pour une application en 2027.',
    },
    {
      number: 4,
      title: 'Réduire la part de la tarification à l’activité dans le financement des établissements MCO',
      description:
        'Construire un modèle combinant activité, dotations liées à des objectifs de santé publique et missions, ' +
        'conformément à l’engagement de sortir du « tout T2A ».',
      unit: 'PF',
      startDate: '2025-03-03',
      dueDate: '2027-06-30',
      weight: 1,
      regional: false,
      story: 'late',
      status: 'late',
      progress: 40,
      milestones: [
        { title: 'Rapport sur les modèles de financement cibles', plannedDate: '2025-09-30', actualDate: '2025-10-15' },
        { title: 'Disposition législative en LFSS pour 2027', plannedDate: '2026-10-15' },
        { title: 'Premières dotations par objectifs de santé publique', plannedDate: '2027-06-30' },
      ],
      narratives: [
        'Les travaux avec l’ATIH sur les dotations par objectifs de santé publique ont retenu trois champs pilotes : maternité, diabète et insuffisance cardiaque.',
        'Les arbitrages préparatoires au PLFSS pour 2027 n’ont pas retenu la disposition législative attendue ; un autre vecteur doit être trouvé.',
        'Faute de base légale, le calendrier est décalé d’un an ; une préfiguration à droit constant sur les dotations existantes est à l’étude.',
      ],
      nextSteps: 'Proposer une préfiguration à droit constant dans la campagne 2027.',
      blockers: 'Absence de vecteur législatif en LFSS pour 2027 ; réserves des fédérations sur les effets revenus.',
    },
    {
      number: 5,
      title: 'Simplifier la campagne budgétaire et tarifaire des établissements de santé',
      description:
        'Regrouper les circulaires budgétaires, anticiper le calendrier des délégations de crédits (MIGAC, FIR) et ' +
        'publier les tarifs plus tôt pour donner de la visibilité aux établissements.',
      unit: 'PF',
      startDate: '2025-06-02',
      dueDate: '2026-06-30',
      weight: 1,
      regional: false,
      story: 'done',
      status: 'done',
      progress: 100,
      milestones: [
        { title: 'Publication des tarifs 2026 avant le 1er mars', plannedDate: '2026-03-01', actualDate: '2026-02-26' },
        { title: 'Circulaire budgétaire unique 2026', plannedDate: '2026-03-31', actualDate: '2026-03-27' },
        { title: 'Retour d’expérience avec les ARS et les directeurs financiers', plannedDate: '2026-06-30', actualDate: '2026-06-18' },
      ],
      narratives: [
        'Le nouveau calendrier de campagne a été présenté aux fédérations et aux ARS ; le nombre de circulaires passe de trois à une.',
        'Les tarifs 2026 ont été publiés le 26 février, avant la date légale ; la première délégation de crédits MIGAC a été notifiée en mars.',
        'Le retour d’expérience conduit avec les ARS et les directeurs financiers est positif ; le calendrier anticipé est pérennisé. L’action est terminée.',
      ],
    },
    {
      number: 6,
      title: 'Refondre le modèle de tarification de l’hospitalisation à domicile',
      description:
        'Simplifier la classification des séjours d’HAD et mieux valoriser les prises en charge complexes et la ' +
        'mention réadaptation.',
      unit: 'PF',
      startDate: '2025-01-06',
      dueDate: '2026-09-30',
      weight: 1,
      regional: false,
      story: 'overdue',
      status: 'on_track',
      progress: 75,
      milestones: [
        { title: 'Nouvelle classification validée avec l’ATIH', plannedDate: '2025-12-31', actualDate: '2026-01-16' },
        { title: 'Simulations tarifaires partagées avec les fédérations', plannedDate: '2026-06-30', actualDate: '2026-07-07' },
        { title: 'Entrée en vigueur des nouveaux tarifs', plannedDate: '2027-03-01' },
      ],
      narratives: [
        'La nouvelle classification est validée ; les simulations ont été partagées avec la FNEHAD et les fédérations hospitalières.',
        'Les fédérations demandent un lissage des effets revenus ; l’entrée en vigueur est reportée au 1er mars 2027, avec la campagne tarifaire.',
        'Le modèle est stabilisé et les textes réglementaires sont en cours de rédaction.',
      ],
      nextSteps: 'Publier l’arrêté tarifaire avec la campagne 2027.',
    },
    {
      number: 7,
      title: 'Généraliser le paiement à l’épisode de soins en chirurgie orthopédique',
      description:
        'Étendre à l’ensemble des établissements le financement forfaitaire à l’épisode de soins (prothèses de ' +
        'hanche et de genou) expérimenté dans le cadre de l’article 51.',
      unit: 'PF',
      startDate: '2025-01-06',
      dueDate: '2026-12-31',
      weight: 1,
      regional: false,
      story: 'abandoned',
      status: 'abandoned',
      progress: 35,
      milestones: [
        { title: 'Évaluation finale de l’expérimentation', plannedDate: '2025-09-30', actualDate: '2025-09-30' },
        { title: 'Décret de généralisation', plannedDate: '2026-06-30' },
      ],
      narratives: [
        'Le bilan de l’expérimentation a été transmis par la CNAM ; les résultats sur la durée de séjour sont encourageants.',
        'L’évaluation finale montre des gains de qualité limités et une charge de gestion importante pour les établissements ; les fédérations sont réservées.',
        'Le comité technique de l’innovation en santé a rendu un avis défavorable à la généralisation. La DGOS abandonne l’action et intègre les indicateurs de résultats au dispositif d’incitation à la qualité (IFAQ).',
      ],
    },
  ],
};
