import type { DemoComment } from './demo-content.types';

/** Comments on actions of axes 1 and 2: ARS liaisons on their region's deployment, DGOS on the action. */
export const COMMENTS_AXES_1_2: DemoComment[] = [
  {
    actionCode: '1.1.1',
    regionCode: '11',
    author: 'ars-idf@boussole.test',
    kind: 'good_practice',
    text:
      'En Île-de-France, les huit SAS départementaux partagent désormais un même outil de gestion des créneaux et un ' +
      'annuaire commun des effecteurs. Les créneaux non utilisés dans un département peuvent être proposés aux ' +
      'patients du département voisin, ce qui a réduit de moitié les orientations par défaut vers les urgences.',
  },
  {
    actionCode: '1.1.4',
    regionCode: '53',
    author: 'ars-bretagne@boussole.test',
    kind: 'support_request',
    text:
      'Nous avons pourvu 86 % des postes de docteurs juniors ouverts en zone sous-dense, mais le Centre-Bretagne ' +
      'manque de maîtres de stage.\nPouvez-vous nous confirmer si le forfait d’aide au logement peut être cumulé ' +
      'avec l’aide versée par les collectivités ? Plusieurs communes attendent cette réponse pour voter leur budget.',
    replies: [
      {
        author: 'rh@boussole.test',
        kind: 'general',
        text:
          'Le cumul est possible : l’aide nationale est forfaitaire et n’est pas réduite par les aides des ' +
          'collectivités. Une foire aux questions à jour sera adressée à toutes les ARS d’ici la fin du mois.',
      },
    ],
  },
  {
    actionCode: '1.2.1',
    regionCode: '04',
    author: 'ars-reunion@boussole.test',
    kind: 'blocker',
    text:
      'Le cahier des charges national suppose un accès routier : il ne permet pas de desservir les îlets de Mafate, ' +
      'accessibles uniquement à pied ou par hélicoptère. Nous proposons une variante « équipe itinérante héliportée » ' +
      'financée sur le même forfait.',
    replies: [
      {
        author: 'r@boussole.test',
        kind: 'general',
        text:
          'Bien noté. Une dérogation au cahier des charges pour les territoires enclavés d’outre-mer sera présentée ' +
          'au comité de suivi de décembre ; merci de nous transmettre d’ici là une estimation du coût annuel.',
      },
    ],
  },
  {
    actionCode: '1.1.3',
    regionCode: '53',
    author: 'ars-bretagne@boussole.test',
    kind: 'result',
    text:
      'Point de situation en Bretagne :\n- 100 % de la population est couverte par une CPTS depuis septembre ;\n' +
      '- 27 CPTS sur 31 participent à la régulation du SAS ;\n- les quatre dernières ont signé l’avenant à l’ACI en octobre.',
  },
  {
    actionCode: '1.4.2',
    regionCode: '11',
    author: 'ars-idf@boussole.test',
    kind: 'blocker',
    text:
      'Les délais de premier rendez-vous restent supérieurs à six mois dans les CMP infanto-juvéniles de ' +
      'Seine-Saint-Denis et du Val-d’Oise.\nCauses identifiées : 14 postes de pédopsychiatres vacants et un turn-over ' +
      'élevé des psychologues.\nNous avons sollicité un renfort d’assistants spécialistes partagés avec l’AP-HP.',
  },
  {
    actionCode: '1.4.1',
    regionCode: '04',
    author: 'ars-reunion@boussole.test',
    kind: 'result',
    text:
      'Le nombre de journées d’HAD a progressé de 12 % à La Réunion sur les neuf premiers mois de 2026. Les ' +
      'admissions directes depuis le domicile représentent désormais un tiers des entrées.',
  },
  {
    actionCode: '1.4.6',
    regionCode: '53',
    author: 'ars-bretagne@boussole.test',
    kind: 'good_practice',
    text:
      'Cet été, les six services bretons en régulation préalable ont affiché les horaires et le numéro à appeler ' +
      'sur les panneaux d’entrée, les réseaux des mairies et les pharmacies. Nous avons repris les supports ' +
      'nationaux d’information du public disponibles ici : https://sante.gouv.fr/systeme-de-sante/acces-aux-soins/',
  },
  {
    actionCode: '1.2.3',
    regionCode: '11',
    author: 'ars-idf@boussole.test',
    kind: 'support_request',
    text:
      'Besoin d’appui DGOS : les crédits du FIR délégués pour les PASS mobiles peuvent-ils financer des postes de ' +
      'médiateurs en santé portés par des associations, et non par l’établissement support ? Deux projets en ' +
      'Essonne sont suspendus à cette réponse.',
  },
  {
    actionCode: '1.3.2',
    author: 'direction@boussole.test',
    kind: 'general',
    text:
      'Ce sujet sera inscrit à l’ordre du jour du comité de direction du 8 décembre.\nMerci de préparer une note ' +
      'présentant les points encore en débat avec les représentants des médecins et un calendrier réaliste de ' +
      'publication.',
    replies: [
      {
        author: 'rh@boussole.test',
        kind: 'general',
        text:
          'La note sera transmise le 3 décembre. Elle proposera une publication du décret en février 2027 et ' +
          'de l’arrêté « actes » au printemps.',
      },
    ],
  },
  {
    actionCode: '2.2.4',
    author: 'pf@boussole.test',
    kind: 'blocker',
    text:
      'Sans disposition en LFSS pour 2027, les dotations par objectifs de santé publique ne peuvent pas être ' +
      'versées en 2027. Une préfiguration à droit constant, via les MIGAC, est en cours d’expertise avec la DSS.',
  },
  {
    actionCode: '1.3.4',
    author: 'q@boussole.test',
    kind: 'result',
    text:
      'Cible intermédiaire atteinte : douze protocoles nationaux autorisés, et un délai moyen d’instruction divisé ' +
      'par deux par rapport à 2024.',
  },
];
