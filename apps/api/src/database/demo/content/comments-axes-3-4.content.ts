import type { DemoComment } from './demo-content.types';

/**
 * Comments on the actions of axes 3 and 4: ARS liaisons on their own region's deployment of
 * regional actions, and the direction or unit project managers on the actions themselves.
 */
export const COMMENTS_AXES_3_4: DemoComment[] = [
  {
    actionCode: '3.3.1',
    regionCode: '11',
    author: 'ars-idf@boussole.test',
    kind: 'result',
    text:
      'Point d’étape Île-de-France au 15 novembre :\n' +
      '- 81 % des établissements éligibles disposent d’un logiciel référencé vague 2 ;\n' +
      '- 64 % ont déjà atteint les seuils d’usage du DMP et de la messagerie sécurisée.\n' +
      'Les établissements de santé mentale restent en retrait ; une session dédiée est prévue en janvier.',
    replies: [
      {
        author: 'dns@boussole.test',
        kind: 'general',
        text: 'Merci pour ce point très complet. Nous pouvons associer l’ANS à votre session de janvier pour présenter les financements à l’usage encore ouverts.',
      },
    ],
  },
  {
    actionCode: '3.2.3',
    regionCode: '04',
    author: 'ars-reunion@boussole.test',
    kind: 'support_request',
    text:
      'Le CHU de La Réunion ne dispose pas aujourd’hui d’un conseiller en génétique pour porter la plateforme d’expertise.\n' +
      'Nous sollicitons l’appui de la DGOS pour organiser un adossement à une plateforme hexagonale, avec des créneaux de téléexpertise réservés aux patients réunionnais et mahorais.',
    replies: [
      {
        author: 'q@boussole.test',
        kind: 'general',
        text: 'Demande bien reçue. Nous avons pris contact avec la plateforme de Bordeaux, volontaire pour un partenariat ; une réunion tripartite vous sera proposée d’ici la mi-décembre.',
      },
    ],
  },
  {
    actionCode: '3.3.3',
    regionCode: '53',
    author: 'ars-bretagne@boussole.test',
    kind: 'good_practice',
    text:
      'En Bretagne, le GRADeS organise chaque trimestre un exercice de crise cyber dans un GHT différent, avec la participation de la préfecture.\n' +
      'Les scénarios et les retours d’expérience sont mis à disposition de toutes les ARS sur l’espace collaboratif.',
  },
  {
    actionCode: '3.2.2',
    regionCode: '53',
    author: 'ars-bretagne@boussole.test',
    kind: 'blocker',
    text: 'Sur les 41 candidatures bretonnes, 17 dossiers sont incomplets faute d’indicateurs d’activité extraits de BaMaRa. Nous ne pourrons pas rendre nos avis avant fin janvier sans une prolongation du délai.',
  },
  {
    actionCode: '4.1.1',
    regionCode: '11',
    author: 'ars-idf@boussole.test',
    kind: 'general',
    text: 'Pour le prochain dialogue de gestion, nous proposons d’inscrire à l’ordre du jour la situation des urgences pédiatriques pendant l’épidémie de bronchiolite, ainsi que le suivi des crédits FIR délégués en cours d’année.',
  },
  {
    actionCode: '3.3.4',
    regionCode: '04',
    author: 'ars-reunion@boussole.test',
    kind: 'result',
    text:
      'La téléexpertise dermatologique déployée dans les Hauts de l’île a permis de réduire le délai d’avis spécialisé de 45 à 6 jours en moyenne.\n' +
      'L’extension à la cardiologie est prévue au premier semestre 2027.',
  },
  {
    actionCode: '3.2.2',
    author: 'direction@boussole.test',
    kind: 'general',
    text:
      'Cette action pèse lourd dans l’objectif 3.2, désormais en retard.\n' +
      'Merci de présenter au prochain CODIR un plan de rattrapage chiffré, avec un calendrier d’instruction réaliste et les renforts nécessaires.',
  },
  {
    actionCode: '4.2.2',
    author: 'pf@boussole.test',
    kind: 'blocker',
    text: 'Le projet de COP de l’ANAP ne pourra être stabilisé qu’après la notification de la subvention pour charges de service public 2027. Un arbitrage de la direction sur le périmètre de l’offre de services est nécessaire d’ici la fin de l’année.',
  },
  {
    actionCode: '4.3.1',
    author: 'n@boussole.test',
    kind: 'good_practice',
    text: 'Le circuit numérique des instructions a réduit de moitié les délais de signature. La DSS et la DGCS ont demandé une présentation : la documentation du circuit est disponible sur l’intranet pour les directions qui souhaitent le reprendre.',
  },
];
