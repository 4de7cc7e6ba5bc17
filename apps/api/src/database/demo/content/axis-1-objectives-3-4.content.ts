import type { DemoObjective } from './demo-content.types';

/** Objectives 1.3 and 1.4 of axis 1 (see axis-1.content.ts), kept apart to keep each file small. */
export const AXIS_1_OBJECTIVES_3_4: DemoObjective[] = [
  {
    number: 3,
    title: 'Optimiser le temps des soignants : compétences, délégation de tâches et refonte de la profession infirmière',
    description:
      'Libérer du temps médical et soignant en faisant évoluer les compétences, en développant la délégation de ' +
      'tâches entre professionnels et en refondant la profession d’infirmier.',
    actions: [
      {
        number: 1,
        title: 'Publier le décret relatif à l’accès direct aux infirmiers en pratique avancée',
        description:
          'Mettre en œuvre la loi du 19 mai 2023 en permettant aux patients de consulter directement un infirmier ' +
          'en pratique avancée exerçant en structure coordonnée, avec un droit de primo-prescription encadré.',
        unit: 'RH',
        startDate: '2025-01-06',
        dueDate: '2025-09-30',
        weight: 1,
        regional: false,
        story: 'done',
        status: 'done',
        progress: 100,
        milestones: [
          { title: 'Publication du décret relatif à l’accès direct aux IPA', plannedDate: '2025-01-31', actualDate: '2025-01-20' },
          { title: 'Publication de l’arrêté fixant la liste des prescriptions autorisées', plannedDate: '2025-06-30', actualDate: '2025-06-25' },
          { title: 'Instruction aux ARS et information des structures d’exercice coordonné', plannedDate: '2025-09-30', actualDate: '2025-09-22' },
        ],
        narratives: [
          'Le décret a été publié le 20 janvier ; une foire aux questions a été diffusée aux ordres professionnels et aux URPS.',
          'L’arrêté fixant la liste des prescriptions autorisées aux IPA en accès direct a été publié après avis de la HAS et de l’ANSM.',
          'L’instruction aux ARS a été diffusée et le dispositif est pleinement opérationnel. L’action est close ; le suivi de l’activité des IPA relève désormais des indicateurs de l’objectif.',
        ],
      },
      {
        number: 2,
        title: 'Publier les textes d’application de la loi sur la profession d’infirmier',
        description:
          'Traduire la loi du 27 juin 2025 dans un décret définissant les missions, les compétences et la ' +
          'consultation infirmière, et dans l’arrêté fixant la liste des actes et des prescriptions.',
        unit: 'RH',
        startDate: '2025-07-01',
        dueDate: '2026-12-31',
        weight: 2,
        regional: false,
        story: 'late',
        status: 'late',
        progress: 50,
        milestones: [
          { title: 'Lancement de la concertation avec l’Ordre et les organisations représentatives', plannedDate: '2025-09-30', actualDate: '2025-10-02' },
          { title: 'Saisine du Conseil d’État sur le décret « missions et compétences »', plannedDate: '2026-05-31', actualDate: '2026-09-22' },
          { title: 'Publication du décret « missions et compétences »', plannedDate: '2026-09-30' },
          { title: 'Publication de l’arrêté fixant la liste des actes et prescriptions', plannedDate: '2026-12-31' },
        ],
        narratives: [
          'La concertation sur le décret « missions et compétences » se prolonge : les représentants des médecins contestent le périmètre du diagnostic infirmier et de la primo-prescription.',
          'Le Conseil d’État a été saisi le 22 septembre, avec près de quatre mois de retard sur le calendrier initial ; l’arrêté relatif aux actes attend l’avis de l’Académie nationale de médecine.',
          'La publication du décret est décalée au premier trimestre 2027 après une demande de compléments du Conseil d’État ; l’arrêté « actes » ne pourra être publié qu’ensuite.',
        ],
        nextSteps: 'Transmettre les compléments au Conseil d’État en décembre et préparer l’arrêté « actes » en parallèle.',
        blockers:
          'Désaccord persistant entre représentants des médecins et des infirmiers sur la consultation et la primo-prescription ; demande de compléments du Conseil d’État.',
      },
      {
        number: 3,
        title: 'Refondre le référentiel de formation en soins infirmiers',
        description:
          'Réécrire avec le ministère de l’Enseignement supérieur le référentiel de formation des IFSI pour ' +
          'l’aligner sur les nouvelles compétences infirmières, en vue de la rentrée de septembre 2027.',
        unit: 'RH',
        startDate: '2025-09-01',
        dueDate: '2027-09-30',
        weight: 1,
        regional: false,
        story: 'late',
        status: 'late',
        progress: 30,
        milestones: [
          { title: 'Installation des groupes de travail de réingénierie', plannedDate: '2025-10-15', actualDate: '2025-10-20' },
          { title: 'Validation du référentiel de compétences', plannedDate: '2026-06-30' },
          { title: 'Publication de l’arrêté relatif à la formation', plannedDate: '2027-03-31' },
          { title: 'Entrée en vigueur à la rentrée 2027', plannedDate: '2027-09-30' },
        ],
        narratives: [
          'Les groupes de travail réunissant formateurs, étudiants et universitaires ont produit une première version du référentiel de compétences.',
          'La validation du référentiel de compétences est suspendue à la publication du décret « missions et compétences », dont le calendrier a glissé.',
          'Le retard des textes d’application de la loi reporte d’autant la réingénierie : l’entrée en vigueur à la rentrée 2027 est compromise et une rentrée 2028 est à l’étude.',
        ],
        nextSteps: 'Soumettre au comité de direction un scénario de report à la rentrée 2028, assorti de mesures transitoires.',
        blockers:
          'Dépendance au décret relatif aux missions et compétences infirmières (action 1.3.2) ; calendrier universitaire contraint pour les maquettes.',
      },
      {
        number: 4,
        title: 'Accélérer l’autorisation et le déploiement des protocoles de coopération nationaux',
        description:
          'Réduire, avec la HAS et le comité national des coopérations interprofessionnelles, les délais ' +
          'd’instruction des protocoles de coopération et en faciliter l’appropriation par les équipes.',
        unit: 'Q',
        startDate: '2025-03-03',
        dueDate: '2027-03-31',
        weight: 1,
        regional: false,
        story: 'steady',
        status: 'on_track',
        progress: 80,
        milestones: [
          { title: 'Procédure d’instruction accélérée définie avec la HAS', plannedDate: '2025-06-30', actualDate: '2025-06-30' },
          { title: 'Dix nouveaux protocoles nationaux autorisés', plannedDate: '2026-06-30', actualDate: '2026-06-11' },
          { title: 'Évaluation du recours aux protocoles', plannedDate: '2027-03-31' },
        ],
        narratives: [
          'Quatre nouveaux protocoles ont été autorisés par arrêté, dont la prise en charge de la cystite simple et de l’entorse de cheville par l’infirmier en structure coordonnée.',
          'Le délai moyen d’instruction est ramené à sept mois, contre quatorze en 2024 ; un kit de déploiement a été mis à la disposition des équipes.',
          'Douze protocoles nationaux sont désormais autorisés et plus de 1 900 équipes ont déclaré leur adhésion.',
        ],
        nextSteps: 'Lancer l’évaluation du recours aux protocoles avec la HAS et l’Assurance maladie.',
      },
      {
        number: 5,
        title: 'Élargir les compétences des pharmaciens d’officine en matière de prescription et de vaccination',
        description:
          'Étendre les compétences vaccinales des pharmaciens et la dispensation sous protocole après test rapide, ' +
          'pour désengorger les cabinets de médecine générale.',
        unit: 'RH',
        startDate: '2025-06-02',
        dueDate: '2027-06-30',
        weight: 1,
        regional: false,
        story: 'slipping',
        status: 'at_risk',
        progress: 60,
        milestones: [
          { title: 'Arrêté étendant la liste des vaccins administrables en officine', plannedDate: '2025-12-31', actualDate: '2026-01-08' },
          { title: 'Formation des pharmaciens aux nouveaux protocoles', plannedDate: '2026-09-30', actualDate: '2026-11-10' },
          { title: 'Évaluation de la dispensation sous protocole', plannedDate: '2027-06-30' },
        ],
        narratives: [
          'L’arrêté élargissant les compétences vaccinales a été publié ; la formation des pharmaciens s’appuie sur le développement professionnel continu.',
          'Le protocole relatif à l’otite a reçu un avis défavorable du Collège de la médecine générale ; une nouvelle version est en cours de rédaction.',
          'La formation des officinaux s’est achevée avec six semaines de retard ; la mise en œuvre du troisième protocole est décalée au printemps 2027.',
        ],
        nextSteps: 'Présenter le protocole révisé au comité national des coopérations en janvier 2027.',
        blockers: 'Avis réservé des représentants des médecins sur le protocole relatif à l’otite ; disponibilité inégale des tests rapides en officine.',
      },
      {
        number: 6,
        title: 'Expérimenter les assistants d’IA de documentation clinique pour réduire le temps administratif des soignants',
        description:
          'Évaluer dans une vingtaine d’établissements volontaires des outils de transcription et de synthèse ' +
          'assistés par l’IA, dans le respect de la doctrine nationale d’usage de l’IA en santé.',
        unit: 'N',
        startDate: '2025-09-01',
        dueDate: '2026-12-31',
        weight: 1,
        regional: false,
        story: 'optimistic',
        status: 'on_track',
        progress: 50,
        milestones: [
          { title: 'Sélection des établissements pilotes', plannedDate: '2025-12-15', actualDate: '2025-12-19' },
          { title: 'Fin de la phase de test en service', plannedDate: '2026-09-30' },
          { title: 'Rapport d’évaluation', plannedDate: '2026-12-31' },
        ],
        narratives: [
          'Les 22 établissements pilotes ont signé leur convention ; les analyses d’impact relatives à la protection des données sont en cours.',
          'Les premiers services ont démarré les tests ; quatre établissements attendent encore la validation de leur délégué à la protection des données.',
          'Les tests se poursuivent dans quinze services. L’équipe projet maintient la remise du rapport d’évaluation en décembre.',
        ],
        nextSteps: 'Consolider les mesures de temps gagné et rédiger le rapport d’évaluation.',
      },
    ],
  },
  {
    number: 4,
    title: 'Structurer les filières et la gradation des soins : ambulatoire, HAD et santé mentale',
    description:
      'Développer des filières graduées entre la ville, l’hôpital et le domicile, en renforçant l’ambulatoire, ' +
      'l’hospitalisation à domicile et l’offre en santé mentale.',
    actions: [
      {
        number: 1,
        title: 'Accompagner le développement de l’hospitalisation à domicile dans chaque territoire',
        description:
          'Appuyer les ARS dans la mise en œuvre de la réforme des autorisations d’HAD (mentions réadaptation, ' +
          'ante et post-partum, enfants de moins de trois ans) et accroître la part de l’HAD dans les hospitalisations.',
        unit: 'R',
        startDate: '2025-07-01',
        dueDate: '2027-12-31',
        weight: 2,
        regional: true,
        story: 'steady',
        status: 'on_track',
        progress: 55,
        milestones: [
          { title: 'Délivrance des autorisations d’HAD selon le nouveau régime', plannedDate: '2025-12-31', actualDate: '2025-12-12' },
          { title: 'Feuille de route nationale HAD 2026-2028', plannedDate: '2026-06-30', actualDate: '2026-07-02' },
          { title: 'Une HAD de réadaptation dans chaque département', plannedDate: '2027-12-31' },
        ],
        narratives: [
          'Les ARS ont délivré l’ensemble des autorisations : 287 structures sont autorisées, dont 112 avec la mention réadaptation.',
          'La feuille de route nationale a été présentée le 2 juillet à la FNEHAD et aux fédérations ; elle vise une hausse de 10 % par an des journées d’HAD.',
          'Chaque ARS a désigné un référent HAD ; les conventions entre HAD et services d’urgences progressent dans onze régions.',
        ],
        nextSteps: 'Publier le guide relatif aux admissions directes en HAD depuis les urgences et le domicile.',
      },
      {
        number: 2,
        title: 'Réduire les délais d’accès aux centres médico-psychologiques',
        description:
          'Renforcer les équipes des CMP adultes et infanto-juvéniles, organiser un accueil infirmier de première ' +
          'intention et garantir une première évaluation dans des délais raisonnables.',
        unit: 'R',
        startDate: '2025-04-01',
        dueDate: '2027-06-30',
        weight: 1,
        regional: true,
        story: 'slipping',
        status: 'at_risk',
        progress: 62,
        milestones: [
          { title: 'Délégation de 45 M€ de crédits de renfort aux ARS', plannedDate: '2025-09-30', actualDate: '2025-09-26' },
          { title: 'Accueil infirmier de première intention dans 80 % des CMP', plannedDate: '2026-09-30' },
          { title: 'Délai moyen de premier rendez-vous inférieur à 30 jours', plannedDate: '2027-06-30' },
        ],
        narratives: [
          'Les crédits de renfort ont permis 420 recrutements, principalement d’infirmiers et de psychologues ; 30 % des postes de psychiatres restent vacants.',
          'L’accueil infirmier de première intention fonctionne dans 64 % des CMP ; le déploiement est freiné par la vacance médicale en pédopsychiatrie.',
          'Les ARS signalent une saturation des CMP infanto-juvéniles ; la cible de 80 % d’accueil infirmier est reportée au premier semestre 2027.',
        ],
        nextSteps:
          'Diffuser un cadre national de l’accueil infirmier de première intention et cibler les crédits 2027 sur la pédopsychiatrie.',
        blockers:
          'Vacance des postes de psychiatres et de pédopsychiatres ; difficulté à recruter des infirmiers en pratique avancée mention psychiatrie et santé mentale.',
      },
      {
        number: 3,
        title: 'Structurer la réponse aux urgences psychiatriques et aux situations de crise',
        description:
          'Organiser dans chaque territoire une filière d’urgence psychiatrique : régulation dédiée au sein du SAS, ' +
          'équipes mobiles de crise et lits d’accueil de courte durée.',
        unit: 'R',
        startDate: '2025-09-01',
        dueDate: '2027-09-30',
        weight: 2,
        regional: true,
        story: 'stale',
        status: 'on_track',
        progress: 50,
        milestones: [
          { title: 'Cahier des charges national des équipes mobiles de crise', plannedDate: '2026-03-31', actualDate: '2026-03-24' },
          { title: 'Filière de régulation psychiatrique dans chaque SAS', plannedDate: '2026-12-31' },
          { title: 'Bilan national de la filière', plannedDate: '2027-09-30' },
        ],
        narratives: [
          'Le cahier des charges des équipes mobiles de crise a été validé avec la commission nationale de la psychiatrie.',
          'Les ARS ont lancé leurs appels à projets ; 46 territoires ont déposé un dossier.',
          'Trente équipes mobiles de crise sont financées et la filière de régulation psychiatrique est opérationnelle dans 41 SAS.',
        ],
        nextSteps: 'Généraliser la régulation psychiatrique dans les SAS d’ici à la fin de 2026.',
      },
      {
        number: 4,
        title: 'Porter à 70 % la part de la chirurgie ambulatoire',
        description:
          'Accompagner avec l’ANAP et les sociétés savantes le développement des prises en charge ambulatoires en ' +
          'chirurgie puis en médecine, en ciblant les gestes au plus fort potentiel.',
        unit: 'R',
        startDate: '2025-03-03',
        dueDate: '2027-06-30',
        weight: 2,
        regional: false,
        story: 'steady',
        status: 'on_track',
        progress: 72,
        milestones: [
          { title: 'Publication de la liste actualisée des gestes marqueurs', plannedDate: '2025-09-30', actualDate: '2025-09-29' },
          { title: '150 établissements accompagnés par l’ANAP', plannedDate: '2026-09-30', actualDate: '2026-09-25' },
          { title: 'Taux national de chirurgie ambulatoire de 70 %', plannedDate: '2027-06-30' },
        ],
        narratives: [
          'Les données PMSI 2025 montrent un taux de chirurgie ambulatoire de 66,8 %, en hausse de 1,4 point ; 118 établissements sont accompagnés par l’ANAP.',
          'Le programme d’accompagnement a atteint sa cible de 150 établissements ; la réhabilitation améliorée après chirurgie progresse en orthopédie.',
          'Les données du premier semestre 2026 confirment la trajectoire (67,9 %). Les travaux s’étendent à l’hôpital de jour de médecine.',
        ],
        nextSteps: 'Publier l’instruction relative à l’hôpital de jour de médecine et fixer les cibles régionales pour 2027.',
      },
      {
        number: 5,
        title: 'Mettre en œuvre la réforme des autorisations de soins critiques',
        description:
          'Accompagner les ARS dans la délivrance des nouvelles autorisations de soins critiques (réanimation, ' +
          'soins intensifs polyvalents et de spécialité) et organiser la gradation entre établissements.',
        unit: 'R',
        startDate: '2025-01-06',
        dueDate: '2026-09-30',
        weight: 1,
        regional: false,
        story: 'overdue',
        status: 'on_track',
        progress: 90,
        milestones: [
          { title: 'Délivrance des autorisations par les ARS', plannedDate: '2025-12-31', actualDate: '2026-02-13' },
          { title: 'Mise en conformité des unités de soins intensifs dérogatoires', plannedDate: '2026-06-30', actualDate: '2026-07-01' },
          { title: 'Bilan national des autorisations délivrées', plannedDate: '2026-09-15' },
        ],
        narratives: [
          'Les ARS ont achevé la délivrance des autorisations avec six semaines de retard ; 94 % des titulaires se sont mis en conformité.',
          'La mise en conformité des unités dérogatoires est achevée ; la consolidation nationale des autorisations est en cours avec l’ATIH.',
          'Le bilan national reste à finaliser : les remontées de trois ARS sont incomplètes. L’action approche de son terme.',
        ],
        nextSteps: 'Présenter le bilan national au comité de pilotage de décembre 2026.',
      },
      {
        number: 6,
        title: 'Pérenniser la régulation médicale préalable de l’accès aux services d’urgences',
        description:
          'Encadrer l’appel préalable au 15 avant un passage aux urgences lorsque la situation le justifie, dans ' +
          'le réseau des 655 services d’urgences, en tirant les enseignements des étés précédents.',
        unit: 'R',
        startDate: '2025-04-01',
        dueDate: '2027-03-31',
        weight: 1,
        regional: true,
        story: 'stale',
        status: 'on_track',
        progress: 75,
        milestones: [
          { title: 'Instruction « été 2025 » aux ARS', plannedDate: '2025-05-31', actualDate: '2025-05-28' },
          { title: 'Décret relatif aux conditions de la régulation préalable', plannedDate: '2026-03-31', actualDate: '2026-04-15' },
          { title: 'Retour d’expérience de l’été 2026', plannedDate: '2026-10-31', actualDate: '2026-10-22' },
          { title: 'Bilan national et doctrine pérenne', plannedDate: '2027-03-31' },
        ],
        narratives: [
          'Le décret encadrant la régulation préalable a été publié mi-avril ; il fixe l’information du public et l’orientation vers la médecine de ville.',
          'Les ARS ont préparé l’été avec 118 services en régulation préalable partielle ; les effectifs d’assistants de régulation médicale ont été renforcés.',
          'Aucune fermeture sèche de service n’a été signalée en juillet et en août ; le retour d’expérience est en préparation avec Samu-Urgences de France.',
        ],
        nextSteps: 'Partager le retour d’expérience de l’été 2026 avec les ARS et préparer l’instruction pour 2027.',
      },
    ],
  },
];
