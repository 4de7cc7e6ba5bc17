import { AXIS_1_OBJECTIVES_3_4 } from './axis-1-objectives-3-4.content';
import type { DemoAxis } from './demo-content.types';

/** Axis 1 of the 2025-2027 project (seed 000): access to care. Objectives 1.3 and 1.4 live in their own file. */
export const AXIS_1: DemoAxis = {
  number: 1,
  title:
    'Garantir l’accès aux soins grâce à la construction de parcours de soins et un accès au bon professionnel sur tous les territoires',
  description:
    'Adapter l’offre de soins pour en faciliter l’accès : décliner le Pacte d’accès aux soins, mieux répartir l’offre ' +
    'et aller vers les patients les plus éloignés, libérer du temps soignant et structurer des filières graduées.',
  objectives: [
    {
      number: 1,
      title: 'Décliner le Pacte d’accès aux soins',
      description:
        'Mettre en œuvre, avec les ARS et l’Assurance maladie, les mesures du Pacte d’accès aux soins dans les ' +
        'territoires où l’accès à un médecin est le plus difficile.',
      actions: [
        {
          number: 1,
          title: 'Déployer le service d’accès aux soins (SAS) dans tous les départements',
          description:
            'Achever la généralisation du SAS, qui garantit à chaque patient une réponse à un besoin de soins non ' +
            'programmés grâce à une régulation commune entre le Samu et la médecine de ville.',
          unit: 'R',
          startDate: '2025-01-06',
          dueDate: '2026-12-31',
          weight: 3,
          regional: true,
          story: 'steady',
          status: 'on_track',
          progress: 92,
          milestones: [
            { title: 'Publication de l’instruction relative à la généralisation du SAS', plannedDate: '2025-03-31', actualDate: '2025-03-27' },
            { title: 'SAS opérationnel dans 90 % des départements', plannedDate: '2025-12-31', actualDate: '2026-01-20' },
            { title: 'SAS opérationnel dans les 101 départements', plannedDate: '2026-12-31' },
          ],
          narratives: [
            'Le SAS est opérationnel dans 94 départements ; les ARS de Guyane, de Mayotte et de Corse ont transmis leur calendrier de mise en service. Le comité national de suivi s’est réuni le 3 juin avec Samu-Urgences de France et les représentants des médecins libéraux.',
            'Quatre SAS supplémentaires ont ouvert cet été ; 28 % des médecins généralistes participent désormais à la régulation ou à l’effection. Le guide relatif à la filière psychiatrique du SAS a été diffusé aux ARS.',
            '98 départements sont couverts à la mi-novembre. Les trois derniers projets bénéficient d’un accompagnement rapproché de la DGOS et des ARS concernées pour une ouverture avant la fin de l’année.',
          ],
          nextSteps:
            'Ouvrir les trois derniers SAS d’ici au 31 décembre 2026 et publier le bilan national de la généralisation au premier trimestre 2027.',
        },
        {
          number: 2,
          title: 'Mettre en œuvre la mission de solidarité territoriale des médecins dans les zones rouges',
          description:
            'Identifier avec les préfets les intercommunalités les plus en difficulté et y organiser, par la ' +
            'solidarité des médecins des territoires voisins, jusqu’à deux jours de consultation par mois.',
          unit: 'R',
          startDate: '2025-05-05',
          dueDate: '2026-06-30',
          weight: 1,
          regional: true,
          story: 'done',
          status: 'done',
          progress: 100,
          milestones: [
            { title: 'Identification des zones rouges par les ARS', plannedDate: '2025-06-30', actualDate: '2025-06-27' },
            { title: 'Lancement de la mission de solidarité territoriale', plannedDate: '2025-09-15', actualDate: '2025-09-15' },
            { title: 'Premier bilan national des jours de consultation assurés', plannedDate: '2026-06-15', actualDate: '2026-06-23' },
          ],
          narratives: [
            'Les ARS ont identifié 151 intercommunalités prioritaires (« zones rouges ») en concertation avec les préfets et les élus ; la mission a démarré mi-septembre avec les premiers médecins volontaires.',
            'Plus de 2 000 médecins se sont engagés à assurer des consultations en zone rouge ; l’indemnisation forfaitaire est versée par l’Assurance maladie depuis janvier.',
            'Bilan national présenté au comité de pilotage du Pacte le 23 juin : toutes les zones rouges bénéficient d’au moins une offre de consultations. Le dispositif entre en régime courant et son suivi est confié aux ARS.',
          ],
        },
        {
          number: 3,
          title: 'Généraliser la couverture du territoire par les communautés professionnelles territoriales de santé (CPTS)',
          description:
            'Accompagner l’émergence des CPTS dans les territoires encore non couverts et consolider le financement ' +
            'de leurs missions d’accès aux soins dans le cadre de l’accord conventionnel interprofessionnel.',
          unit: 'R',
          startDate: '2025-01-15',
          dueDate: '2027-06-30',
          weight: 2,
          regional: true,
          story: 'stale',
          status: 'on_track',
          progress: 70,
          milestones: [
            { title: 'Avenant à l’accord conventionnel interprofessionnel (ACI) CPTS', plannedDate: '2025-10-31', actualDate: '2025-11-05' },
            { title: '90 % de la population couverte par une CPTS', plannedDate: '2026-06-30', actualDate: '2026-07-08' },
            { title: 'Couverture intégrale du territoire', plannedDate: '2027-06-30' },
          ],
          narratives: [
            'L’avenant à l’accord conventionnel interprofessionnel a été signé avec l’Assurance maladie ; les missions d’accès aux soins non programmés et de gestion de crise sont désormais financées dans toutes les CPTS.',
            'Les ARS recensent 820 CPTS signataires de l’ACI, couvrant 88 % de la population. Les territoires encore « blancs » se concentrent en zone urbaine dense et dans les outre-mer.',
            'Le seuil de 90 % de la population couverte a été franchi début juillet. Un appel à manifestation d’intérêt cible les 40 territoires restants, avec l’appui des URPS.',
          ],
          nextSteps: 'Accompagner l’émergence de CPTS dans les 40 territoires non couverts, en priorité dans les outre-mer.',
        },
        {
          number: 4,
          title: 'Déployer les docteurs juniors de médecine générale dans les territoires sous-denses',
          description:
            'Organiser l’accueil, à partir de novembre 2026, des internes de quatrième année du DES de médecine ' +
            'générale dans les territoires prioritaires : lieux de stage, maîtres de stage, rémunération et logement.',
          unit: 'RH',
          startDate: '2025-02-03',
          dueDate: '2027-04-30',
          weight: 1,
          regional: true,
          story: 'slipping',
          status: 'at_risk',
          progress: 70,
          milestones: [
            { title: 'Publication du décret relatif à la quatrième année du DES de médecine générale', plannedDate: '2025-06-30', actualDate: '2025-08-05' },
            { title: 'Agrément des lieux de stage par les ARS et les facultés', plannedDate: '2026-06-30', actualDate: '2026-09-18' },
            { title: 'Prise de fonctions de la première promotion', plannedDate: '2026-11-02', actualDate: '2026-11-03' },
            { title: 'Bilan de la première année d’exercice', plannedDate: '2027-04-30' },
          ],
          narratives: [
            'L’arrêté fixant la rémunération des docteurs juniors a été publié ; les ARS ont engagé avec les coordonnateurs du DES le recensement des lieux de stage ambulatoires.',
            'Le nombre de maîtres de stage agréés reste inférieur aux besoins dans six régions ; l’agrément des lieux de stage s’est achevé avec près de trois mois de retard.',
            'La première promotion a pris ses fonctions le 3 novembre, mais 11 % des postes ouverts en zone sous-dense ne sont pas pourvus et l’aide au logement n’est pas encore versée partout.',
          ],
          nextSteps:
            'Lancer une campagne ciblée de recrutement de maîtres de stage et finaliser avec les collectivités le dispositif d’aide au logement.',
          blockers:
            'Déficit de maîtres de stage universitaires dans plusieurs départements ruraux ; solutions de logement incomplètes pour les docteurs juniors affectés loin de leur faculté.',
        },
        {
          number: 5,
          title: 'Réformer la procédure d’autorisation d’exercice des praticiens à diplôme hors Union européenne (PADHUE)',
          description:
            'Simplifier les épreuves de vérification des connaissances et le parcours de consolidation des ' +
            'compétences pour sécuriser l’exercice des PADHUE et réduire les délais d’autorisation.',
          unit: 'RH',
          startDate: '2025-03-03',
          dueDate: '2026-10-15',
          weight: 1,
          regional: false,
          story: 'overdue',
          status: 'at_risk',
          progress: 85,
          milestones: [
            { title: 'Publication du décret réformant les épreuves de vérification des connaissances', plannedDate: '2025-12-31', actualDate: '2026-01-14' },
            { title: 'Ouverture de la session 2026 selon les nouvelles modalités', plannedDate: '2026-05-15', actualDate: '2026-05-20' },
            { title: 'Publication de l’arrêté relatif au parcours de consolidation des compétences', plannedDate: '2026-09-30' },
          ],
          narratives: [
            'La session 2026 des épreuves de vérification des connaissances s’est ouverte le 20 mai, avec 4 000 postes ; le Centre national de gestion a adapté la plateforme d’inscription.',
            'Le projet d’arrêté relatif au parcours de consolidation des compétences a reçu un avis réservé des conférences de doyens ; une nouvelle version est soumise à la concertation.',
            'L’échéance d’octobre n’a pas pu être tenue : l’arrêté est à la signature après un dernier arbitrage sur la durée du parcours en établissement. Les autres volets de la réforme sont en vigueur.',
          ],
          nextSteps: 'Publier l’arrêté en décembre 2026 et en informer les ARS et les établissements d’accueil.',
          blockers: 'Signature de l’arrêté relatif au parcours de consolidation des compétences suspendue à un arbitrage interministériel.',
        },
        {
          number: 6,
          title: 'Réviser la méthodologie du zonage des médecins et des professions paramédicales',
          description:
            'Actualiser avec la DREES et les ARS l’indicateur d’accessibilité potentielle localisée (APL) et les ' +
            'règles de zonage, pour mieux cibler les aides à l’installation et la mission de solidarité.',
          unit: 'R',
          startDate: '2025-09-01',
          dueDate: '2027-03-31',
          weight: 1,
          regional: false,
          story: 'steady',
          status: 'on_track',
          progress: 75,
          milestones: [
            { title: 'Publication de l’indicateur APL actualisé par la DREES', plannedDate: '2026-03-31', actualDate: '2026-04-02' },
            { title: 'Arrêté fixant la méthodologie de zonage', plannedDate: '2026-10-31', actualDate: '2026-10-27' },
            { title: 'Publication des nouveaux zonages régionaux', plannedDate: '2027-03-31' },
          ],
          narratives: [
            'La DREES a publié l’indicateur APL actualisé, qui intègre l’âge des professionnels et les temps de trajet ; un atelier avec les référents zonage des 18 ARS s’est tenu le 28 mai.',
            'Le projet d’arrêté a été soumis à la concertation des syndicats représentatifs et de l’Assurance maladie ; les simulations portent la zone d’intervention prioritaire à 31 % de la population.',
            'L’arrêté méthodologique a été publié le 27 octobre. Les ARS engagent la concertation sur leurs projets de zonage avec les conférences régionales de la santé et de l’autonomie.',
          ],
          nextSteps: 'Consolider les projets d’arrêtés régionaux de zonage pour une publication au premier trimestre 2027.',
        },
      ],
    },
    {
      number: 2,
      title: 'Optimiser la répartition de l’offre sur le territoire et développer l’« aller vers »',
      description:
        'Rapprocher l’offre des patients les plus éloignés du système de soins : dispositifs mobiles, consultations ' +
        'avancées, hôpitaux de proximité et téléconsultation assistée.',
      actions: [
        {
          number: 1,
          title: 'Déployer 100 médicobus dans les territoires ruraux les moins dotés',
          description:
            'Financer des cabinets médicaux itinérants portés par des centres de santé, des CPTS ou des hôpitaux de ' +
            'proximité, qui assurent des consultations et des dépistages au plus près des habitants.',
          unit: 'R',
          startDate: '2025-04-01',
          dueDate: '2027-06-30',
          weight: 1,
          regional: true,
          story: 'steady',
          status: 'on_track',
          progress: 70,
          milestones: [
            { title: 'Publication du cahier des charges national des médicobus', plannedDate: '2025-07-15', actualDate: '2025-07-10' },
            { title: '50 médicobus en circulation', plannedDate: '2026-06-30', actualDate: '2026-06-19' },
            { title: '100 médicobus en circulation', plannedDate: '2027-06-30' },
          ],
          narratives: [
            'Le cap des 50 médicobus en circulation a été franchi en juin ; les ARS ont délégué 6,2 M€ de crédits du fonds d’intervention régional pour l’acquisition des véhicules.',
            'Une deuxième vague de 32 projets a été retenue ; le recrutement des médecins et infirmiers itinérants s’appuie sur les CPTS et les centres de santé porteurs.',
            '71 médicobus circulent désormais dans 58 départements. Une évaluation intermédiaire de l’activité (consultations, dépistages) est engagée avec la CNAM.',
          ],
          nextSteps: 'Sélectionner la dernière vague de projets en janvier 2027 et publier l’évaluation intermédiaire.',
        },
        {
          number: 2,
          title: 'Développer les consultations avancées de spécialistes dans les hôpitaux de proximité',
          description:
            'Organiser, au sein des groupements hospitaliers de territoire, la venue régulière de spécialistes dans ' +
            'les hôpitaux de proximité et les maisons de santé des zones sous-denses.',
          unit: 'R',
          startDate: '2025-06-02',
          dueDate: '2027-09-30',
          weight: 1,
          regional: true,
          story: 'stale',
          status: 'on_track',
          progress: 55,
          milestones: [
            { title: 'Instruction aux ARS sur le financement des consultations avancées', plannedDate: '2025-11-30', actualDate: '2025-12-04' },
            { title: 'Recensement régional des besoins par spécialité', plannedDate: '2026-04-30', actualDate: '2026-05-12' },
            { title: '300 consultations avancées conventionnées', plannedDate: '2027-09-30' },
          ],
          narratives: [
            'L’instruction relative au financement des consultations avancées a été diffusée ; les GHT sont invités à identifier les spécialistes volontaires.',
            'Le recensement conduit par les ARS fait ressortir en priorité la cardiologie, l’ophtalmologie et la dermatologie ; 140 consultations avancées sont déjà organisées.',
            '185 consultations avancées sont conventionnées. Les ARS signalent un manque de temps médical disponible dans les établissements supports.',
          ],
          nextSteps: 'Diffuser un modèle de convention entre établissements supports et hôpitaux de proximité.',
        },
        {
          number: 3,
          title: 'Déployer des équipes mobiles « aller vers » pour les publics éloignés du soin',
          description:
            'Financer dans chaque département une permanence d’accès aux soins de santé (PASS) mobile et des équipes ' +
            'pluriprofessionnelles intervenant auprès des personnes précaires ou isolées.',
          unit: 'R',
          startDate: '2025-03-03',
          dueDate: '2026-12-31',
          weight: 1,
          regional: true,
          story: 'optimistic',
          status: 'on_track',
          progress: 60,
          milestones: [
            { title: 'Délégation des crédits du FIR aux ARS', plannedDate: '2025-06-30', actualDate: '2025-07-04' },
            { title: 'Une PASS mobile dans chaque département', plannedDate: '2026-06-30' },
            { title: 'Évaluation nationale du dispositif', plannedDate: '2026-12-15' },
          ],
          narratives: [
            'Les ARS ont financé 64 PASS mobiles ; le recrutement d’infirmiers et de travailleurs sociaux reste difficile en zone rurale.',
            'Point d’étape avec la Fédération des acteurs de la solidarité : les partenariats avec les associations sont bien engagés et l’activité progresse.',
            'Le déploiement se poursuit : 78 départements disposent désormais d’une PASS mobile. L’équipe projet estime que l’objectif reste atteignable d’ici la fin de l’année.',
          ],
          nextSteps: 'Achever les recrutements dans les 23 départements restants et lancer l’évaluation nationale.',
        },
        {
          number: 4,
          title: 'Achever la labellisation des hôpitaux de proximité et stabiliser leur modèle',
          description:
            'Conforter les missions des hôpitaux de proximité (médecine polyvalente, soins aux personnes âgées, ' +
            'consultations avancées) et sécuriser leur garantie de financement pluriannuelle.',
          unit: 'R',
          startDate: '2025-01-06',
          dueDate: '2026-03-31',
          weight: 1,
          regional: false,
          story: 'done',
          status: 'done',
          progress: 100,
          milestones: [
            { title: 'Révision du décret relatif aux missions des hôpitaux de proximité', plannedDate: '2025-06-30', actualDate: '2025-06-24' },
            { title: 'Labellisation des dernières candidatures par les ARS', plannedDate: '2025-12-31', actualDate: '2025-12-17' },
            { title: 'Bilan national de la labellisation', plannedDate: '2026-03-31', actualDate: '2026-03-26' },
          ],
          narratives: [
            'Le décret révisé relatif aux missions des hôpitaux de proximité a été publié ; il précise l’articulation avec les CPTS et l’accès aux plateaux d’imagerie.',
            'Les ARS ont achevé l’instruction des dernières candidatures : 370 établissements sont désormais labellisés.',
            'Le bilan national a été présenté au comité de pilotage le 26 mars ; la garantie de financement pluriannuelle est reconduite dans la campagne 2026. L’action est close.',
          ],
        },
        {
          number: 5,
          title: 'Encadrer la téléconsultation assistée par un professionnel de santé dans les territoires sous-dotés',
          description:
            'Définir avec l’Agence du numérique en santé les exigences de qualité et de sécurité des lieux de ' +
            'téléconsultation assistée (officines, maisons de santé, médicobus) et en conditionner la prise en charge.',
          unit: 'N',
          startDate: '2025-10-01',
          dueDate: '2027-06-30',
          weight: 1,
          regional: false,
          story: 'steady',
          status: 'on_track',
          progress: 62,
          milestones: [
            { title: 'Publication du référentiel des lieux de téléconsultation assistée', plannedDate: '2026-05-31', actualDate: '2026-05-28' },
            { title: 'Référencement des solutions conformes', plannedDate: '2026-12-31' },
            { title: 'Bilan des usages', plannedDate: '2027-06-30' },
          ],
          narratives: [
            'Le référentiel des lieux de téléconsultation assistée a été publié avec l’Agence du numérique en santé ; il fixe des exigences d’équipement, de confidentialité et de présence d’un professionnel.',
            'Les éditeurs ont été réunis le 10 septembre pour préparer le référencement ; 14 solutions ont déposé un dossier.',
            'Neuf solutions sont référencées ; la CNAM conditionne la prise en charge au respect du référentiel à compter de 2027.',
          ],
          nextSteps: 'Achever le référencement des solutions et publier la liste des lieux conformes.',
        },
        {
          number: 6,
          title: 'Créer un observatoire national de la répartition territoriale de l’offre de soins',
          description:
            'Mettre à la disposition des ARS et des élus une vision partagée, à l’échelle infradépartementale, de ' +
            'l’offre de soins, des besoins et des délais d’accès.',
          unit: 'R',
          startDate: '2025-02-03',
          dueDate: '2026-12-31',
          weight: 1,
          regional: false,
          story: 'abandoned',
          status: 'abandoned',
          progress: 20,
          milestones: [
            { title: 'Note de cadrage de l’observatoire', plannedDate: '2025-05-31', actualDate: '2025-05-27' },
            { title: 'Ouverture de l’observatoire', plannedDate: '2026-06-30' },
          ],
          narratives: [
            'La note de cadrage est rédigée ; les besoins des ARS en données infradépartementales ont été recensés lors d’un séminaire le 12 juin.',
            'Les travaux révèlent un fort recouvrement avec la cartographie de l’accès aux soins développée par la DREES et avec l’observatoire de l’Assurance maladie.',
            'Le comité de direction du 9 décembre a décidé de ne pas créer de structure dédiée : les besoins seront couverts par un tableau de bord commun DREES-CNAM-DGOS, intégré au suivi du Pacte. L’action est abandonnée.',
          ],
        },
      ],
    },
    ...AXIS_1_OBJECTIVES_3_4,
  ],
};
