import type { DemoPlan } from './demo-content.types';

/**
 * The archived 2015-2017 strategic project (seed 002): its four axes and the lines of work named in
 * the DGOS's 2014 activity report. Kept for reference only: it has no tracked actions.
 */
export const PLAN_2015_2017: DemoPlan = {
  title: 'Projet stratégique 2015-2017',
  state: 'archived',
  startYear: 2015,
  endYear: 2017,
  description:
    'Feuille de route de la DGOS pour la mise en œuvre de la loi de modernisation de notre système de santé, dans le contexte du « choc de simplification » et de la réforme territoriale : une approche globale intégrant les soins primaires en ville, la prise en charge hospitalière et l’accompagnement médico-social.',
  axes: [
    {
      number: 1,
      title: 'Développer les soins primaires, optimiser les parcours et le financement de l’offre de soins',
      description:
        'Réussir le « virage ambulatoire » au cœur du projet de loi de modernisation de notre système de santé, structurer les parcours sur les territoires et adapter le financement des établissements à leurs activités spécifiques.',
      objectives: [
        {
          number: 1,
          title: 'Réussir le virage ambulatoire : chirurgie ambulatoire et hospitalisation à domicile',
          description:
            'Faire de la chirurgie ambulatoire la pratique de référence et développer l’hospitalisation à domicile comme alternative à l’hospitalisation complète.',
          actions: [],
        },
        {
          number: 2,
          title: 'Déployer le pacte territoire santé et le maillage territorial des parcours',
          description:
            'Lutter contre les déserts médicaux, soutenir l’exercice coordonné en maisons et centres de santé et favoriser la coopération entre professionnels.',
          actions: [],
        },
        {
          number: 3,
          title: 'Adapter les financements hospitaliers aux activités spécifiques des établissements',
          description:
            'Mieux prendre en compte les activités spécifiques dans les modèles de financement et accompagner le retour à l’équilibre financier des établissements.',
          actions: [],
        },
      ],
    },
    {
      number: 2,
      title: 'Favoriser l’innovation et améliorer la performance des offreurs de soins',
      description:
        'Soutenir le changement des organisations et des pratiques par les groupements hospitaliers de territoire, la santé numérique et la professionnalisation des fonctions support.',
      objectives: [
        {
          number: 1,
          title: 'Mettre en place les groupements hospitaliers de territoire (GHT)',
          description:
            'Accompagner les établissements publics dans la construction de leur projet médical partagé et la mutualisation de leurs fonctions support.',
          actions: [],
        },
        {
          number: 2,
          title: 'Développer la télémédecine et la santé numérique',
          description:
            'Généraliser les usages de la télémédecine et moderniser les systèmes d’information hospitaliers au service des parcours.',
          actions: [],
        },
        {
          number: 3,
          title: 'Professionnaliser la fonction achat des établissements de santé',
          description:
            'Déployer le programme de performance hospitalière pour des achats responsables et dégager des marges de manœuvre au profit des soins.',
          actions: [],
        },
      ],
    },
    {
      number: 3,
      title: 'Développer les compétences des professionnels et promouvoir le dialogue social',
      description:
        'Faire évoluer les métiers de la santé, améliorer la formation et les conditions de travail des professionnels et nourrir un dialogue social de qualité.',
      objectives: [
        {
          number: 1,
          title: 'Améliorer la formation et les conditions de travail des internes',
          description:
            'Réformer le statut des internes, encadrer leur temps de travail et renforcer la qualité de leur formation pratique.',
          actions: [],
        },
        {
          number: 2,
          title: 'Reconnaître le statut médical des sages-femmes et créer de nouvelles professions',
          description:
            'Tirer les conséquences du caractère médical de la profession de sage-femme et préparer l’émergence de nouveaux métiers, dont les pratiques avancées.',
          actions: [],
        },
      ],
    },
    {
      number: 4,
      title: 'Renforcer l’appui au pilotage stratégique et la performance de la DGOS',
      description:
        'Conforter le rôle de pilote stratégique de la DGOS, en démarche projet, en animation des réseaux d’acteurs et en évaluation de ses politiques.',
      objectives: [
        {
          number: 1,
          title: 'Mener à bien la certification des comptes hospitaliers',
          description:
            'Accompagner les établissements publics de santé dans la fiabilisation de leurs comptes en vue de leur certification.',
          actions: [],
        },
        {
          number: 2,
          title: 'Développer le pilotage par la performance et l’évaluation des politiques',
          description:
            'Outiller la DGOS pour suivre ses politiques, en évaluer les effets et rendre compte aux ministres et aux partenaires.',
          actions: [],
        },
      ],
    },
  ],
};
