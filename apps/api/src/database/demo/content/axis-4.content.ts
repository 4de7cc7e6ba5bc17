import type { DemoAction, DemoAxis } from './demo-content.types';

const OBJECTIVE_1_ACTIONS: DemoAction[] = [
  {
    number: 1,
    title: 'Organiser les dialogues de gestion trimestriels avec les ARS',
    description: 'Instaurer avec chaque ARS un dialogue de gestion trimestriel sur le volet offre de soins, fondé sur une trame et des indicateurs communs.',
    unit: 'R', startDate: '2025-09-01', dueDate: '2027-12-31', weight: 2, regional: true,
    story: 'steady', status: 'on_track', progress: 55,
    milestones: [
      { title: 'Trame commune du dialogue de gestion validée', plannedDate: '2025-11-30', actualDate: '2025-11-25' },
      { title: 'Premier cycle complet avec les 18 ARS', plannedDate: '2026-03-31', actualDate: '2026-04-03' },
      { title: 'Bilan à mi-parcours présenté en CODIR', plannedDate: '2026-10-31', actualDate: '2026-10-29' },
      { title: 'Indicateurs du projet stratégique intégrés au dialogue', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Trame validée avec le secrétariat général et diffusée aux directeurs généraux d’ARS.',
      'Premier cycle conduit avec les 18 ARS ; les comptes rendus sont partagés sous quinze jours.',
      'Bilan à mi-parcours présenté en CODIR : les ARS saluent la régularité des échanges et demandent des ordres du jour plus resserrés.',
    ],
    nextSteps: 'Préparer le cycle du premier trimestre 2027 avec un ordre du jour resserré sur trois priorités.',
  },
  {
    number: 2,
    title: 'Renouveler le volet offre de soins des CPOM État-ARS',
    description: 'Actualiser les engagements des contrats pluriannuels d’objectifs et de moyens signés avec chaque ARS pour les aligner sur le projet stratégique 2025-2027.',
    unit: 'R', startDate: '2026-01-01', dueDate: '2027-06-30', weight: 1, regional: true,
    story: 'stale', status: 'on_track', progress: 55,
    milestones: [
      { title: 'Trame nationale du volet offre de soins', plannedDate: '2026-04-30', actualDate: '2026-04-24' },
      { title: 'Négociations conduites avec les 18 ARS', plannedDate: '2026-12-31' },
      { title: 'Signature des avenants', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Trame nationale validée avec les autres directions d’administration centrale.',
      'Onze négociations régionales sur dix-huit sont achevées ; les autres sont programmées d’ici décembre.',
    ],
    nextSteps: 'Terminer les négociations et soumettre les avenants au conseil national de pilotage des ARS.',
  },
  {
    number: 3,
    title: 'Animer le réseau des directeurs de l’offre de soins des ARS',
    description: 'Réunir régulièrement les directeurs de l’offre de soins des ARS et leur ouvrir un espace collaboratif pour partager les textes en préparation et les pratiques.',
    unit: 'R', startDate: '2025-04-01', dueDate: '2026-10-15', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Premier séminaire national', plannedDate: '2025-06-30', actualDate: '2025-06-26' },
      { title: 'Ouverture de l’espace collaboratif', plannedDate: '2025-12-31', actualDate: '2025-12-15' },
      { title: 'Deuxième séminaire national', plannedDate: '2026-10-15', actualDate: '2026-10-08' },
    ],
    narratives: [
      'Premier séminaire tenu avec les 18 directeurs de l’offre de soins ; programme de travail partagé.',
      'Espace collaboratif ouvert : les projets de textes y sont désormais soumis aux ARS avant publication.',
      'Deuxième séminaire tenu ; le réseau fonctionne désormais en routine et l’action est close.',
    ],
  },
  {
    number: 4,
    title: 'Mettre en place un baromètre de satisfaction des ARS sur l’appui de la DGOS',
    description: 'Mesurer deux fois par an la satisfaction des ARS sur la qualité des instructions, la réactivité et l’appui apportés par la DGOS.',
    unit: 'R', startDate: '2025-06-01', dueDate: '2026-12-31', weight: 1, regional: false,
    story: 'abandoned', status: 'abandoned', progress: 25,
    milestones: [
      { title: 'Questionnaire validé', plannedDate: '2025-10-31', actualDate: '2025-11-07' },
      { title: 'Première vague d’enquête', plannedDate: '2026-03-31' },
    ],
    narratives: [
      'Questionnaire construit avec un panel de cinq ARS et validé en CODIR.',
      'Le secrétariat général des ministères sociaux lance une enquête commune à toutes les directions auprès des ARS.',
      'Action abandonnée : pour ne pas solliciter deux fois les ARS, la DGOS renonce à son propre baromètre et intègre trois questions à l’enquête du secrétariat général.',
    ],
  },
  {
    number: 5,
    title: 'Organiser des immersions croisées entre agents de la DGOS et des ARS',
    description: 'Permettre chaque année à une vingtaine d’agents de la DGOS et des ARS de passer une semaine dans l’autre structure pour mieux connaître ses contraintes.',
    unit: 'RH', startDate: '2026-02-01', dueDate: '2027-07-31', weight: 1, regional: false,
    story: 'steady', status: 'on_track', progress: 50,
    milestones: [
      { title: 'Charte des immersions signée', plannedDate: '2026-04-30', actualDate: '2026-04-22' },
      { title: 'Première promotion de vingt agents', plannedDate: '2026-10-31', actualDate: '2026-10-16' },
      { title: 'Bilan et reconduction', plannedDate: '2027-07-31' },
    ],
    narratives: [
      'Charte signée avec le secrétariat général ; douze ARS se sont portées volontaires.',
      'Première promotion accueillie : vingt-deux agents, dont dix en provenance des ARS.',
    ],
    nextSteps: 'Recueillir les retours de la première promotion et ouvrir l’appel à candidatures 2027.',
  },
  {
    number: 6,
    title: 'Co-construire avec les ARS un cadre commun de suivi du FIR offre de soins',
    description: 'Harmoniser la nomenclature des dépenses du fonds d’intervention régional consacrées à l’offre de soins pour en produire un suivi national consolidé.',
    unit: 'PF', startDate: '2025-05-01', dueDate: '2026-10-15', weight: 1, regional: true,
    story: 'overdue', status: 'on_track', progress: 80,
    milestones: [
      { title: 'Nomenclature commune des dépenses FIR', plannedDate: '2025-10-31', actualDate: '2025-11-05' },
      { title: 'Outil de remontée ouvert aux ARS', plannedDate: '2026-05-31', actualDate: '2026-06-10' },
      { title: 'Premier rapport national consolidé', plannedDate: '2026-09-30' },
    ],
    narratives: [
      'Nomenclature commune arrêtée avec un groupe de six ARS et la CNSA.',
      'Outil de remontée ouvert ; quatorze ARS ont déjà saisi leurs dépenses 2025.',
      'Les données des dernières ARS sont en cours de fiabilisation ; le rapport consolidé sera produit prochainement.',
    ],
    nextSteps: 'Consolider les données des quatre dernières ARS et publier le rapport national.',
  },
];

const OBJECTIVE_2_ACTIONS: DemoAction[] = [
  {
    number: 1,
    title: 'Refondre le contrat d’objectifs et de performance de l’ATIH',
    description: 'Recentrer le prochain COP de l’ATIH sur la simplification des recueils, la mise à disposition des données et l’appui aux réformes de financement.',
    unit: 'PF', startDate: '2025-10-01', dueDate: '2027-03-31', weight: 2, regional: false,
    story: 'steady', status: 'on_track', progress: 75,
    milestones: [
      { title: 'Évaluation du COP précédent', plannedDate: '2026-01-31', actualDate: '2026-01-28' },
      { title: 'Projet de COP présenté au conseil d’administration', plannedDate: '2026-10-31', actualDate: '2026-10-23' },
      { title: 'Signature du COP', plannedDate: '2027-03-31' },
    ],
    narratives: [
      'Évaluation du précédent COP achevée : 80 % des engagements tenus, retards sur l’ouverture des données.',
      'Projet de COP coconstruit avec la DSS, la CNAM et les fédérations.',
      'Projet présenté au conseil d’administration de l’ATIH, qui l’a accueilli favorablement.',
    ],
    nextSteps: 'Intégrer les remarques du conseil d’administration et préparer la signature au premier trimestre 2027.',
  },
  {
    number: 2,
    title: 'Négocier le contrat d’objectifs et de performance 2026-2029 de l’ANAP',
    description: 'Définir avec l’ANAP un COP recentré sur l’appui aux établissements en difficulté et aux GHT, assorti d’indicateurs d’impact.',
    unit: 'PF', startDate: '2025-11-01', dueDate: '2027-02-28', weight: 1, regional: false,
    story: 'late', status: 'late', progress: 45,
    milestones: [
      { title: 'Lettre de mission au directeur général de l’ANAP', plannedDate: '2026-01-31', actualDate: '2026-02-20' },
      { title: 'Projet de COP stabilisé', plannedDate: '2026-07-31' },
      { title: 'Signature du COP', plannedDate: '2027-02-28' },
    ],
    narratives: [
      'Lettre de mission adressée au directeur général de l’ANAP avec trois semaines de retard.',
      'Les échanges sur le recentrage de l’offre de services de l’agence sont plus longs que prévu.',
      'Le projet de COP n’est toujours pas stabilisé ; la signature en février 2027 est compromise.',
    ],
    nextSteps: 'Arbitrer en CODIR le périmètre de l’offre de services et fixer un nouveau calendrier de signature.',
    blockers: 'Incertitude sur la subvention pour charges de service public 2027, dont dépend le périmètre du COP.',
  },
  {
    number: 3,
    title: 'Installer un comité de tutelle conjoint DGOS-DNS de l’ANS',
    description: 'Réunir dans une instance unique les directions de tutelle de l’Agence du numérique en santé pour arbitrer ses priorités et suivre ses engagements.',
    unit: 'DNS', startDate: '2025-03-01', dueDate: '2025-12-31', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Règlement intérieur du comité adopté', plannedDate: '2025-05-31', actualDate: '2025-05-27' },
      { title: 'Première revue du programme de travail de l’ANS', plannedDate: '2025-10-31', actualDate: '2025-10-21' },
    ],
    narratives: [
      'Règlement intérieur adopté ; le comité associe la DGOS, la DNS, la DSS et la CNAM.',
      'Première revue du programme de travail conduite : quatre projets ont été repriorisés.',
      'Le comité se réunit désormais chaque trimestre ; l’action est close.',
    ],
  },
  {
    number: 4,
    title: 'Conduire le dialogue annuel de performance avec les opérateurs',
    description: 'Adresser à l’ANS, à l’ATIH et à l’ANAP une lettre de mission annuelle et tenir avec chacun une revue de mi-année et une revue annuelle de performance.',
    unit: 'PF', startDate: '2026-01-01', dueDate: '2026-12-31', weight: 1, regional: false,
    story: 'stale', status: 'at_risk', progress: 75,
    milestones: [
      { title: 'Lettres de mission 2026 signées', plannedDate: '2026-02-28', actualDate: '2026-03-06' },
      { title: 'Revues de mi-année', plannedDate: '2026-07-15', actualDate: '2026-07-10' },
      { title: 'Revues annuelles de performance', plannedDate: '2026-12-15' },
    ],
    narratives: [
      'Lettres de mission signées par la directrice générale et transmises aux trois opérateurs.',
      'Revues de mi-année tenues ; la revue annuelle de l’ANAP dépend de l’avancement de son COP.',
    ],
    nextSteps: 'Fixer les dates des revues annuelles de décembre avec les trois opérateurs.',
    blockers: 'La revue annuelle de l’ANAP risque d’être décalée faute de COP stabilisé.',
  },
  {
    number: 5,
    title: 'Rationaliser les remontées de données des établissements vers l’ATIH',
    description: 'Appliquer le principe « dites-le-nous une fois » en supprimant les recueils redondants et en réutilisant les données déjà transmises par les établissements.',
    unit: 'N', startDate: '2025-09-01', dueDate: '2027-06-30', weight: 1, regional: false,
    story: 'slipping', status: 'at_risk', progress: 55,
    milestones: [
      { title: 'Cartographie des recueils existants', plannedDate: '2025-12-31', actualDate: '2026-01-09' },
      { title: 'Suppression de dix recueils redondants', plannedDate: '2026-09-30' },
      { title: 'Portail de dépôt unique pour les établissements', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Cartographie achevée : 87 recueils recensés, dont 23 partiellement redondants.',
      'Six recueils ont été supprimés ; quatre autres sont bloqués par des obligations réglementaires.',
    ],
    nextSteps: 'Préparer le décret de simplification levant les obligations réglementaires restantes.',
    blockers: 'Quatre recueils reposent sur des textes dont la modification relève d’autres directions.',
  },
  {
    number: 6,
    title: 'Mesurer l’impact des accompagnements de l’ANAP auprès des établissements',
    description: 'Évaluer les effets des appuis de l’ANAP sur la performance des établissements accompagnés afin d’orienter son programme de travail.',
    unit: 'PF', startDate: '2026-03-01', dueDate: '2027-09-30', weight: 1, regional: false,
    story: 'steady', status: 'on_track', progress: 45,
    milestones: [
      { title: 'Cadre d’évaluation validé', plannedDate: '2026-06-30', actualDate: '2026-06-25' },
      { title: 'Enquête auprès de 300 établissements accompagnés', plannedDate: '2026-11-15', actualDate: '2026-11-13' },
      { title: 'Rapport d’évaluation', plannedDate: '2027-09-30' },
    ],
    narratives: [
      'Cadre d’évaluation validé avec l’ANAP et deux ARS partenaires.',
      'Enquête close avec un taux de réponse de 68 % ; l’analyse des données est engagée.',
    ],
    nextSteps: 'Apparier les réponses avec les données de performance de l’ATIH au premier trimestre 2027.',
  },
];

const OBJECTIVE_3_ACTIONS: DemoAction[] = [
  {
    number: 1,
    title: 'Dématérialiser le circuit des instructions et circulaires',
    description: 'Remplacer les circuits papier de préparation, de visa et de diffusion des instructions aux ARS par un circuit numérique tracé de bout en bout.',
    unit: 'N', startDate: '2025-03-01', dueDate: '2026-06-30', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Cartographie du circuit actuel', plannedDate: '2025-05-31', actualDate: '2025-05-22' },
      { title: 'Pilote avec deux sous-directions', plannedDate: '2025-12-31', actualDate: '2025-12-17' },
      { title: 'Généralisation à toute la DGOS', plannedDate: '2026-06-30', actualDate: '2026-06-15' },
    ],
    narratives: [
      'Cartographie achevée : une instruction passait en moyenne par quatorze étapes de visa.',
      'Pilote concluant : délai moyen de signature ramené de 41 à 19 jours.',
      'Circuit numérique généralisé à l’ensemble de la DGOS ; les instructions sont publiées directement sur le portail.',
    ],
  },
  {
    number: 2,
    title: 'Déployer le parapheur électronique pour les actes et courriers de la DGOS',
    description: 'Équiper la direction d’un parapheur électronique interopérable avec le système de gestion du courrier des ministères sociaux.',
    unit: 'DNS', startDate: '2025-06-01', dueDate: '2026-03-31', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Choix de la solution', plannedDate: '2025-09-30', actualDate: '2025-09-19' },
      { title: 'Formation des secrétariats', plannedDate: '2026-01-31', actualDate: '2026-01-27' },
      { title: 'Mise en service', plannedDate: '2026-03-31', actualDate: '2026-03-16' },
    ],
    narratives: [
      'Solution interministérielle retenue après comparaison de trois offres.',
      'Quarante-cinq assistants et secrétariats formés.',
      'Parapheur mis en service : 92 % des courriers sont signés électroniquement.',
    ],
  },
  {
    number: 3,
    title: 'Regrouper les délégations de crédits MIGAC et FIR aux ARS en trois circulaires annuelles',
    description: 'Réduire le nombre de circulaires budgétaires et donner aux ARS plus tôt dans l’année une visibilité sur leurs crédits.',
    unit: 'PF', startDate: '2025-09-01', dueDate: '2026-09-30', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Calendrier budgétaire partagé avec les ARS', plannedDate: '2025-12-31', actualDate: '2025-12-11' },
      { title: 'Première circulaire regroupée', plannedDate: '2026-04-30', actualDate: '2026-04-17' },
      { title: 'Troisième circulaire de l’exercice', plannedDate: '2026-09-30', actualDate: '2026-09-24' },
    ],
    narratives: [
      'Calendrier budgétaire 2026 partagé avec les directeurs financiers des ARS.',
      'Première circulaire regroupée publiée ; les ARS ont reçu 70 % de leurs crédits dès avril.',
      'Troisième et dernière circulaire publiée : l’exercice 2026 en compte trois au lieu de sept.',
    ],
  },
  {
    number: 4,
    title: 'Refondre le parcours d’accueil des nouveaux agents de la DGOS',
    description: 'Proposer à chaque nouvel agent un parcours d’intégration comprenant un livret d’accueil, un tutorat et une journée de découverte de l’offre de soins.',
    unit: 'RH', startDate: '2025-04-01', dueDate: '2025-12-31', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Livret d’accueil numérique', plannedDate: '2025-06-30', actualDate: '2025-06-20' },
      { title: 'Réseau de tuteurs constitué', plannedDate: '2025-09-30', actualDate: '2025-09-26' },
      { title: 'Première journée d’intégration', plannedDate: '2025-11-30', actualDate: '2025-11-18' },
    ],
    narratives: [
      'Livret d’accueil numérique publié sur l’intranet.',
      'Vingt-huit tuteurs volontaires formés dans les six sous-directions.',
      'Première journée d’intégration organisée, avec une visite d’un GHT ; satisfaction de 4,6 sur 5.',
    ],
  },
  {
    number: 5,
    title: 'Réduire de moitié les enquêtes ponctuelles adressées aux ARS',
    description: 'Soumettre toute nouvelle enquête auprès des ARS à un comité de validation et supprimer celles dont les données existent déjà.',
    unit: 'R', startDate: '2025-10-01', dueDate: '2026-10-31', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Comité de validation des enquêtes installé', plannedDate: '2025-12-31', actualDate: '2025-12-09' },
      { title: 'Bilan annuel des enquêtes', plannedDate: '2026-10-31', actualDate: '2026-10-27' },
    ],
    narratives: [
      'Comité installé ; toute enquête doit désormais justifier l’absence de la donnée dans les bases existantes.',
      'Vingt-deux demandes écartées ou fusionnées au premier semestre.',
      'Bilan annuel : 31 enquêtes adressées aux ARS contre 68 l’année précédente ; l’objectif est atteint.',
    ],
  },
];

/** Axis 4 of the 2025-2027 project (seed 000): the DGOS's ways of working. "Today" is 2026-11-25. */
export const AXIS_4: DemoAxis = {
  number: 4,
  title: 'Améliorer les modes de travail de la DGOS pour mieux travailler ensemble',
  description:
    'Gagner en efficacité collective en renforçant les liens avec les agences régionales de santé et l’écosystème, en dynamisant le pilotage des opérateurs et en simplifiant les processus internes de la direction.',
  objectives: [
    {
      number: 1,
      title: 'Renforcer les liens avec l’écosystème, notamment les agences régionales de santé',
      description:
        'Faire des ARS et des partenaires de la DGOS des acteurs associés en amont des décisions, grâce à des échanges réguliers et des outils partagés.',
      actions: OBJECTIVE_1_ACTIONS,
    },
    {
      number: 2,
      title: 'Dynamiser le pilotage des opérateurs (ANS, ATIH, ANAP)',
      description:
        'Donner aux opérateurs des objectifs clairs, suivis dans un dialogue de performance régulier, et mieux articuler leurs programmes de travail avec les priorités de la DGOS.',
      actions: OBJECTIVE_2_ACTIONS,
    },
    {
      number: 3,
      title: 'Simplifier les processus internes',
      description:
        'Raccourcir les circuits de décision, dématérialiser les procédures et alléger les sollicitations adressées aux ARS.',
      actions: OBJECTIVE_3_ACTIONS,
    },
  ],
};
