import { AXIS_2_OBJECTIVE_2 } from './axis-2-objective-2.content';
import type { DemoAxis } from './demo-content.types';

/** Axis 2 of the 2025-2027 project (seed 000): sustainability. Objective 2.2 lives in its own file. */
export const AXIS_2: DemoAxis = {
  number: 2,
  title: 'Accompagner la pérennité du système de santé en assurant sa soutenabilité',
  description:
    'Ajuster les capacités de formation aux besoins de santé de demain, garantir un financement clair et adapté aux ' +
    'évolutions de l’offre de soins, et engager l’offre de soins dans la transition écologique.',
  objectives: [
    {
      number: 1,
      title: 'Ajuster les besoins et les capacités de formation',
      description:
        'Former les professionnels dont le système de santé aura besoin, en tenant compte des besoins des territoires ' +
        'et des aspirations des nouvelles générations.',
      actions: [
        {
          number: 1,
          title: 'Augmenter les capacités d’accueil des instituts de formation en soins infirmiers',
          description:
            'Financer avec les conseils régionaux l’ouverture de places supplémentaires en IFSI et réduire les ' +
            'abandons en cours de formation.',
          unit: 'RH',
          startDate: '2025-01-06',
          dueDate: '2027-06-30',
          weight: 2,
          regional: false,
          story: 'steady',
          status: 'on_track',
          progress: 74,
          milestones: [
            { title: 'Accord avec Régions de France sur la trajectoire de places', plannedDate: '2025-04-30', actualDate: '2025-05-06' },
            { title: '2 000 places supplémentaires ouvertes à la rentrée 2026', plannedDate: '2026-09-30', actualDate: '2026-09-01' },
            { title: 'Plan national de prévention des abandons', plannedDate: '2027-06-30' },
          ],
          narratives: [
            'Les conseils régionaux ont confirmé l’ouverture de 2 000 places à la rentrée 2026 ; l’État accompagne la montée en charge par une enveloppe de 32 M€.',
            'Les résultats de Parcoursup montrent une hausse de 6 % des vœux confirmés vers les IFSI ; toutes les places nouvelles sont pourvues.',
            'Le taux d’abandon en première année recule à 9,8 % ; le tutorat et les aides financières sont étendus à toutes les régions.',
          ],
          nextSteps: 'Évaluer les dispositifs de prévention des abandons et fixer la trajectoire de places pour 2027-2030.',
        },
        {
          number: 2,
          title: 'Adapter la répartition des postes d’internes et les maquettes de formation aux besoins des territoires',
          description:
            'Tenir compte des besoins de santé régionaux dans la répartition des postes d’internes ouverts après les ' +
            'épreuves nationales, et réviser les maquettes des spécialités en tension.',
          unit: 'RH',
          startDate: '2025-06-02',
          dueDate: '2027-06-30',
          weight: 1,
          regional: false,
          story: 'stale',
          status: 'on_track',
          progress: 60,
          milestones: [
            { title: 'Arrêté de répartition des postes 2026 intégrant les besoins territoriaux', plannedDate: '2026-07-31', actualDate: '2026-07-17' },
            { title: 'Révision des maquettes de cinq spécialités en tension', plannedDate: '2027-03-31' },
            { title: 'Bilan de la nouvelle méthode de répartition', plannedDate: '2027-06-30' },
          ],
          narratives: [
            'L’Observatoire national de la démographie des professions de santé a transmis ses propositions régionales ; la méthode de répartition a été présentée aux doyens.',
            'Les conférences de doyens et les représentants des internes ont été consultés ; la hausse des postes cible la psychiatrie, la pédiatrie et la gériatrie.',
            'L’arrêté de répartition des postes pour 2026 a été publié le 17 juillet. La révision des maquettes est engagée avec les collèges nationaux professionnels.',
          ],
          nextSteps: 'Conduire la révision des maquettes des spécialités en tension avec les collèges nationaux professionnels.',
        },
        {
          number: 3,
          title: 'Fixer les objectifs nationaux pluriannuels de professionnels de santé à former pour 2026-2030',
          description:
            'Arrêter, sur proposition de la Conférence nationale et de l’ONDPS, le nombre de médecins, pharmaciens, ' +
            'chirurgiens-dentistes et sages-femmes à former, et le décliner par université avec les ARS.',
          unit: 'RH',
          startDate: '2025-03-03',
          dueDate: '2026-12-31',
          weight: 1,
          regional: false,
          story: 'late',
          status: 'late',
          progress: 65,
          milestones: [
            { title: 'Rapport de la Conférence nationale', plannedDate: '2025-09-30', actualDate: '2025-10-21' },
            { title: 'Arrêté fixant les objectifs nationaux 2026-2030', plannedDate: '2026-03-31', actualDate: '2026-07-09' },
            { title: 'Capacités d’accueil arrêtées par chaque université', plannedDate: '2026-12-31' },
          ],
          narratives: [
            'L’arrêté fixant les objectifs nationaux a été publié en juillet, après un arbitrage sur la hausse du nombre de médecins à former.',
            'Les universités font valoir des capacités d’encadrement et de locaux insuffisantes pour absorber la hausse ; la concertation avec les ARS prend du retard.',
            'Neuf universités seulement ont transmis leurs capacités d’accueil définitives ; la déclinaison complète ne sera pas achevée avant le printemps 2027.',
          ],
          nextSteps: 'Organiser des revues conjointes ARS, rectorats et universités pour les universités restantes.',
          blockers:
            'Capacités d’encadrement et de locaux des facultés ; calendrier budgétaire des universités non aligné sur celui des ARS.',
        },
        {
          number: 4,
          title: 'Mettre en œuvre la sixième année des études de maïeutique',
          description:
            'Créer le troisième cycle des études de sage-femme prévu par la loi du 25 janvier 2023 : statut et ' +
            'rémunération des étudiants, terrains de stage, pour une première promotion à la rentrée 2027.',
          unit: 'RH',
          startDate: '2025-03-03',
          dueDate: '2027-03-31',
          weight: 1,
          regional: false,
          story: 'slipping',
          status: 'at_risk',
          progress: 72,
          milestones: [
            { title: 'Décret relatif au troisième cycle des études de maïeutique', plannedDate: '2025-09-30', actualDate: '2025-10-07' },
            { title: 'Arrêté fixant la rémunération des étudiants de sixième année', plannedDate: '2026-06-30', actualDate: '2026-09-29' },
            { title: 'Agrément des terrains de stage', plannedDate: '2027-03-31' },
          ],
          narratives: [
            'Le projet d’arrêté de rémunération a été transmis à la direction du budget ; les ARS recensent les terrains de stage disponibles.',
            'L’arrêté a été publié fin septembre, avec trois mois de retard ; le recensement fait apparaître un déficit de terrains de stage en maternité de type 3.',
            'Les écoles de sages-femmes alertent sur l’encadrement des stages ; le calendrier d’agrément est tendu pour une rentrée en septembre 2027.',
          ],
          nextSteps: 'Ouvrir l’agrément aux cabinets libéraux et aux services de PMI, et réunir les directeurs d’écoles en janvier 2027.',
          blockers: 'Terrains de stage agréés insuffisants en maternité de type 3 ; encadrement par les sages-femmes enseignantes.',
        },
        {
          number: 5,
          title: 'Développer l’apprentissage dans les formations paramédicales',
          description:
            'Lever les freins statutaires et financiers à l’apprentissage en IFSI et en instituts de formation ' +
            'd’aides-soignants, notamment dans les établissements publics de santé.',
          unit: 'RH',
          startDate: '2025-09-01',
          dueDate: '2027-06-30',
          weight: 1,
          regional: false,
          story: 'steady',
          status: 'on_track',
          progress: 65,
          milestones: [
            { title: 'Instruction relative au financement de l’apprentissage dans la fonction publique hospitalière', plannedDate: '2026-01-31', actualDate: '2026-01-29' },
            { title: 'Convention avec l’ANFH et les régions', plannedDate: '2026-06-30', actualDate: '2026-06-22' },
            { title: '3 000 apprentis en formation paramédicale', plannedDate: '2027-06-30' },
          ],
          narratives: [
            'La convention avec l’ANFH et les régions a été signée ; elle sécurise le financement des contrats d’apprentissage conclus par les hôpitaux publics.',
            'À la rentrée de septembre, 2 100 contrats d’apprentissage ont été signés en IFSI et en IFAS, contre 1 300 un an plus tôt.',
            'Un guide à destination des directeurs des soins a été diffusé ; le nombre d’apprentis atteint 2 350.',
          ],
          nextSteps: 'Étendre la démarche aux établissements médico-sociaux et aux territoires ultramarins.',
        },
        {
          number: 6,
          title: 'Élargir les terrains de stage des étudiants en santé hors des CHU',
          description:
            'Simplifier l’agrément des maîtres de stage et des lieux de stage en ville, en établissement non ' +
            'universitaire et en zone sous-dense, pour diversifier la formation des étudiants.',
          unit: 'RH',
          startDate: '2025-01-06',
          dueDate: '2026-06-30',
          weight: 1,
          regional: false,
          story: 'done',
          status: 'done',
          progress: 100,
          milestones: [
            { title: 'Décret simplifiant l’agrément des maîtres de stage', plannedDate: '2025-06-30', actualDate: '2025-06-12' },
            { title: 'Revalorisation des indemnités des maîtres de stage', plannedDate: '2025-12-31', actualDate: '2025-12-19' },
            { title: 'Bilan national des agréments', plannedDate: '2026-06-30', actualDate: '2026-06-25' },
          ],
          narratives: [
            'La revalorisation des indemnités des maîtres de stage ambulatoires a été actée avec l’Assurance maladie.',
            'Plus de 3 400 nouveaux maîtres de stage ont été agréés depuis la simplification de la procédure.',
            'Bilan présenté le 25 juin : 41 % des stages du deuxième cycle se déroulent désormais hors CHU. L’action est terminée.',
          ],
        },
        {
          number: 7,
          title: 'Poursuivre l’universitarisation des formations paramédicales',
          description:
            'Intégrer progressivement les formations paramédicales dans le schéma licence-master-doctorat avec le ' +
            'ministère de l’Enseignement supérieur, et créer des postes d’enseignants-chercheurs.',
          unit: 'RH',
          startDate: '2025-07-01',
          dueDate: '2027-12-31',
          weight: 1,
          regional: false,
          story: 'stale',
          status: 'at_risk',
          progress: 40,
          milestones: [
            { title: 'Feuille de route commune santé – enseignement supérieur', plannedDate: '2025-12-31', actualDate: '2026-01-22' },
            { title: 'Conventions entre instituts et universités dans toutes les régions', plannedDate: '2026-09-30' },
            { title: 'Création de la filière universitaire des sciences de la rééducation', plannedDate: '2027-12-31' },
          ],
          narratives: [
            'La feuille de route commune a été signée en janvier ; elle fixe un calendrier par profession.',
            'Les conventions tripartites entre régions, universités et instituts sont signées dans onze régions ; la prise en charge des coûts de formation bloque ailleurs.',
            'Le financement des postes d’enseignants-chercheurs n’est pas arbitré dans le projet de loi de finances ; l’échéance de septembre ne sera pas tenue dans sept régions.',
          ],
          nextSteps: 'Solliciter un arbitrage conjoint des cabinets de la Santé et de l’Enseignement supérieur.',
          blockers: 'Absence d’arbitrage budgétaire sur les postes d’enseignants-chercheurs ; répartition des coûts entre régions et universités.',
        },
      ],
    },
    AXIS_2_OBJECTIVE_2,
    {
      number: 3,
      title: 'Accompagner la transition écologique de l’offre de soins',
      description:
        'Réduire l’empreinte environnementale des établissements et des pratiques de soins, en associant les ARS, ' +
        'les fédérations et les professionnels.',
      actions: [
        {
          number: 1,
          title: 'Accompagner les établissements dans leur plan de sobriété énergétique',
          description:
            'Financer des audits énergétiques et accompagner, par les ARS et l’ANAP, l’élaboration de plans de ' +
            'sobriété dans les établissements de santé.',
          unit: 'PF',
          startDate: '2027-01-04',
          dueDate: '2027-12-31',
          weight: 2,
          regional: true,
          story: 'not_started',
          status: 'not_started',
          progress: 0,
          milestones: [
            { title: 'Instruction aux ARS sur les plans de sobriété', plannedDate: '2027-03-31' },
            { title: 'Plan de sobriété adopté dans tous les établissements de plus de 300 lits', plannedDate: '2027-12-31' },
          ],
          narratives: [
            'Action inscrite au projet stratégique ; son lancement est prévu en janvier 2027.',
            'La note de cadrage a été partagée avec l’ANAP et l’ADEME ; les ARS ont désigné leurs référents transition écologique en vue du lancement de janvier.',
          ],
          nextSteps: 'Diffuser l’instruction aux ARS au premier trimestre 2027.',
        },
        {
          number: 2,
          title: 'Intégrer des objectifs de transition écologique dans les CPOM des établissements de santé',
          description:
            'Inscrire dans les contrats pluriannuels d’objectifs et de moyens conclus avec les ARS des engagements ' +
            'de réduction des consommations et des déchets.',
          unit: 'PF',
          startDate: '2027-02-01',
          dueDate: '2027-12-31',
          weight: 1,
          regional: true,
          story: 'not_started',
          status: 'not_started',
          progress: 0,
          milestones: [
            { title: 'Clauses types validées avec les fédérations', plannedDate: '2027-06-30' },
            { title: 'Avenants signés dans chaque région', plannedDate: '2027-12-31' },
          ],
          narratives: [
            'Action programmée pour 2027, après le renouvellement des CPOM de la génération en cours.',
            'Les premières clauses types ont été esquissées avec deux ARS volontaires ; le lancement est confirmé pour février 2027.',
          ],
        },
        {
          number: 3,
          title: 'Réduire l’empreinte des gaz anesthésiques et diffuser l’écoconception des soins',
          description:
            'Accompagner la sortie du desflurane et des gaz à fort effet de serre, et diffuser les démarches ' +
            'd’écoconception des soins portées par les sociétés savantes.',
          unit: 'Q',
          startDate: '2027-01-04',
          dueDate: '2027-12-31',
          weight: 1,
          regional: false,
          story: 'not_started',
          status: 'not_started',
          progress: 0,
          milestones: [
            { title: 'Recommandations de bonnes pratiques avec les sociétés savantes', plannedDate: '2027-06-30' },
            { title: 'Bilan de la consommation de gaz anesthésiques', plannedDate: '2027-12-31' },
          ],
          narratives: [
            'Lancement prévu en janvier 2027.',
            'Premiers échanges avec la Société française d’anesthésie et de réanimation pour préparer le lancement.',
          ],
        },
        {
          number: 4,
          title: 'Intégrer la transition écologique dans la formation initiale et continue des professionnels de santé',
          description:
            'Introduire un module de santé environnementale et de soins écoresponsables dans les référentiels de ' +
            'formation et les orientations du développement professionnel continu.',
          unit: 'RH',
          startDate: '2027-03-01',
          dueDate: '2027-12-31',
          weight: 1,
          regional: false,
          story: 'not_started',
          status: 'not_started',
          progress: 0,
          milestones: [
            { title: 'Orientations nationales du DPC intégrant la transition écologique', plannedDate: '2027-07-31' },
            { title: 'Module inscrit dans les référentiels paramédicaux', plannedDate: '2027-12-31' },
          ],
          narratives: [
            'Démarrage prévu au printemps 2027.',
            'Le calendrier a été aligné sur la refonte du référentiel de formation en soins infirmiers (action 1.3.3).',
          ],
        },
        {
          number: 5,
          title: 'Définir une trajectoire de décarbonation des achats hospitaliers',
          description:
            'Mesurer l’empreinte carbone des achats des établissements, qui en représentent la majeure partie, et ' +
            'intégrer des critères environnementaux dans les marchés des groupements d’achat.',
          unit: 'PF',
          startDate: '2027-01-04',
          dueDate: '2027-09-30',
          weight: 1,
          regional: false,
          story: 'not_started',
          status: 'not_started',
          progress: 0,
          milestones: [
            { title: 'Bilan carbone des achats de dix GHT pilotes', plannedDate: '2027-05-31' },
            { title: 'Trajectoire nationale publiée', plannedDate: '2027-09-30' },
          ],
          narratives: [
            'Lancement prévu en janvier 2027 dans le cadre du programme national des achats hospitaliers.',
            'Dix GHT pilotes ont été pressentis ; la méthodologie de bilan carbone sera partagée avec l’ADEME.',
          ],
        },
        {
          number: 6,
          title: 'Mesurer et réduire l’empreinte environnementale du numérique en santé',
          description:
            'Intégrer des exigences d’écoconception dans les référentiels des logiciels de santé et mesurer ' +
            'l’empreinte des services numériques nationaux.',
          unit: 'DNS',
          startDate: '2027-04-01',
          dueDate: '2027-12-31',
          weight: 1,
          regional: false,
          story: 'not_started',
          status: 'not_started',
          progress: 0,
          milestones: [
            { title: 'Référentiel d’écoconception des services numériques en santé', plannedDate: '2027-09-30' },
            { title: 'Mesure de l’empreinte des services socles', plannedDate: '2027-12-31' },
          ],
          narratives: [
            'Action prévue au deuxième trimestre 2027.',
            'Le périmètre sera précisé avec l’Agence du numérique en santé lors de la préparation de la feuille de route numérique 2027.',
          ],
        },
      ],
    },
  ],
};
