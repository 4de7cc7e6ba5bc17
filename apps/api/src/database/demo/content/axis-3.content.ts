import type { DemoAction, DemoAxis } from './demo-content.types';

const OBJECTIVE_1_ACTIONS: DemoAction[] = [
  {
    number: 1,
    title: 'Mettre en œuvre la réforme du référentiel des actes innovants hors nomenclature (RIHN 2.0)',
    description: 'Organiser l’entrée et la sortie des actes de biologie et d’anatomopathologie innovants du RIHN selon des critères publiés, avec une évaluation par la HAS à échéance fixe.',
    unit: 'PF', startDate: '2025-03-01', dueDate: '2027-06-30', weight: 2, regional: false,
    story: 'steady', status: 'on_track', progress: 72,
    milestones: [
      { title: 'Publication de l’arrêté fixant la liste RIHN 2025', plannedDate: '2025-07-15', actualDate: '2025-07-10' },
      { title: 'Premier appel à candidatures des actes émergents', plannedDate: '2026-01-31', actualDate: '2026-02-05' },
      { title: 'Bilan des sorties du référentiel vers la nomenclature', plannedDate: '2027-03-31' },
    ],
    narratives: [
      'Arrêté RIHN 2025 publié ; les établissements déclarants ont été informés des nouvelles règles de recueil.',
      'Premier appel à candidatures clos avec 64 dossiers d’actes émergents, transmis à la HAS pour priorisation.',
      'La HAS a rendu 18 avis ; la DSS et la CNAM préparent l’inscription de 11 actes à la nomenclature.',
    ],
    nextSteps: 'Valider en comité de suivi la deuxième vague d’inscriptions et préparer le bilan 2027.',
  },
  {
    number: 2,
    title: 'Ouvrir le forfait innovation aux dispositifs médicaux numériques à visée thérapeutique',
    description: 'Adapter le cahier des charges du forfait innovation aux spécificités des dispositifs médicaux numériques pour financer la collecte de données cliniques manquantes.',
    unit: 'Q', startDate: '2025-06-01', dueDate: '2027-03-31', weight: 1, regional: false,
    story: 'stale', status: 'at_risk', progress: 65,
    milestones: [
      { title: 'Concertation avec la HAS et les industriels', plannedDate: '2025-10-31', actualDate: '2025-11-14' },
      { title: 'Publication du décret modificatif', plannedDate: '2026-06-30', actualDate: '2026-09-12' },
      { title: 'Premières prises en charge accordées', plannedDate: '2027-02-28' },
    ],
    narratives: [
      'Concertation conduite avec la HAS, le G_NIUS et les fédérations industrielles ; le cahier des charges est en relecture.',
      'Le décret modificatif a été publié avec deux mois de retard après l’avis du Conseil d’État.',
    ],
    nextSteps: 'Instruire les trois premiers dossiers déposés et arrêter le calendrier d’évaluation avec la HAS.',
    blockers: 'Capacité d’instruction de la HAS limitée sur les dispositifs numériques jusqu’au printemps 2027.',
  },
  {
    number: 3,
    title: 'Accompagner la généralisation des expérimentations « article 51 » retenues',
    description: 'Préparer avec les ARS la sortie d’expérimentation des organisations innovantes jugées concluantes et leur bascule dans le droit commun.',
    unit: 'R', startDate: '2025-09-01', dueDate: '2027-06-30', weight: 1, regional: true,
    story: 'steady', status: 'on_track', progress: 65,
    milestones: [
      { title: 'Liste des expérimentations proposées à la généralisation', plannedDate: '2025-12-15', actualDate: '2025-12-12' },
      { title: 'Instruction aux ARS sur la période transitoire', plannedDate: '2026-05-31', actualDate: '2026-05-28' },
      { title: 'Bascule des organisations dans le droit commun', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Le comité technique de l’innovation en santé a retenu sept expérimentations pour une généralisation.',
      'Instruction diffusée aux ARS ; chaque agence a désigné un référent pour accompagner les porteurs.',
      'Quinze ARS ont validé leur feuille de route de transition ; les trois dernières sont attendues en décembre.',
    ],
    nextSteps: 'Consolider les feuilles de route régionales et chiffrer l’impact financier pour la LFSS 2028.',
  },
  {
    number: 4,
    title: 'Lancer l’appel à projets PRME 2026 centré sur l’évaluation des innovations organisationnelles',
    description: 'Orienter le programme de recherche médico-économique vers l’évaluation de l’efficience des innovations organisationnelles et des dispositifs médicaux numériques.',
    unit: 'Q', startDate: '2025-04-01', dueDate: '2026-03-31', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Publication de l’instruction PRME 2026', plannedDate: '2025-09-30', actualDate: '2025-09-24' },
      { title: 'Sélection des lettres d’intention', plannedDate: '2026-01-31', actualDate: '2026-01-29' },
      { title: 'Publication des résultats', plannedDate: '2026-03-31', actualDate: '2026-03-20' },
    ],
    narratives: [
      'Instruction publiée ; l’appel à projets cible explicitement les innovations organisationnelles.',
      'Quarante-deux lettres d’intention reçues, dix-neuf retenues pour un dossier complet.',
      'Résultats publiés : onze projets financés pour 6,2 M€ sur quatre ans.',
    ],
  },
  {
    number: 5,
    title: 'Structurer la veille et l’évaluation précoce des innovations hospitalières avec la HAS',
    description: 'Mettre en place un dispositif d’« horizon scanning » partagé avec la HAS et les CHU pour anticiper l’arrivée des innovations coûteuses et préparer leur financement.',
    unit: 'Q', startDate: '2025-05-01', dueDate: '2027-04-30', weight: 1, regional: false,
    story: 'optimistic', status: 'on_track', progress: 45,
    milestones: [
      { title: 'Convention de partenariat avec la HAS', plannedDate: '2025-12-31', actualDate: '2026-02-16' },
      { title: 'Premier rapport de veille partagé', plannedDate: '2026-09-30' },
      { title: 'Intégration de la veille au calendrier budgétaire', plannedDate: '2027-03-31' },
    ],
    narratives: [
      'Périmètre de la veille arrêté avec la HAS et la conférence des directeurs généraux de CHU.',
      'Convention signée ; le réseau des correspondants innovation des CHU est en cours de constitution.',
      'Les travaux avancent, mais le premier rapport de veille n’a pas encore été produit.',
    ],
    nextSteps: 'Produire le premier rapport de veille d’ici février 2027.',
  },
  {
    number: 6,
    title: 'Actualiser le cahier des charges des centres qualifiés pour l’administration des cellules CAR-T',
    description: 'Réviser les critères de qualification des centres administrant des médicaments de thérapie innovante pour accompagner l’élargissement des indications.',
    unit: 'Q', startDate: '2025-10-01', dueDate: '2027-09-30', weight: 1, regional: false,
    story: 'slipping', status: 'at_risk', progress: 48,
    milestones: [
      { title: 'État des lieux des centres qualifiés', plannedDate: '2026-02-28', actualDate: '2026-03-10' },
      { title: 'Projet de cahier des charges soumis à concertation', plannedDate: '2026-09-30' },
      { title: 'Publication de l’arrêté', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'État des lieux réalisé : 42 centres qualifiés, dont 9 concentrent les deux tiers des administrations.',
      'Rédaction du cahier des charges engagée avec les sociétés savantes d’hématologie.',
      'La concertation a pris du retard : le projet de texte n’a pas encore été diffusé aux fédérations.',
    ],
    nextSteps: 'Diffuser le projet de cahier des charges aux fédérations en décembre.',
    blockers: 'Désaccord persistant entre sociétés savantes sur le seuil d’activité minimal par centre.',
  },
  {
    number: 7,
    title: 'Réviser les modalités d’inscription et de radiation de la liste en sus',
    description: 'Rendre plus lisibles et plus rapides les décisions d’inscription des médicaments et dispositifs onéreux sur la liste en sus, en lien avec la DSS.',
    unit: 'PF', startDate: '2027-01-15', dueDate: '2027-12-15', weight: 1, regional: false,
    story: 'not_started', status: 'not_started', progress: 0,
    milestones: [
      { title: 'Lettre de cadrage DGOS-DSS', plannedDate: '2027-02-28' },
      { title: 'Mesure inscrite au PLFSS 2028', plannedDate: '2027-10-15' },
    ],
    narratives: [
      'Cadrage prévu au premier trimestre 2027, après la campagne tarifaire.',
      'Lancement confirmé pour janvier 2027 ; l’équipe projet DGOS-DSS est constituée.',
    ],
    nextSteps: 'Réunir le premier comité de cadrage avec la DSS en janvier 2027.',
  },
];

const OBJECTIVE_2_ACTIONS: DemoAction[] = [
  {
    number: 1,
    title: 'Lancer l’appel à projets PNMR4 pour les filières de santé maladies rares',
    description: 'Renouveler le financement des 23 filières de santé maladies rares sur la base de feuilles de route alignées sur les priorités du PNMR4.',
    unit: 'Q', startDate: '2025-02-01', dueDate: '2025-12-15', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Publication du cahier des charges', plannedDate: '2025-04-30', actualDate: '2025-04-25' },
      { title: 'Audition des filières par le jury', plannedDate: '2025-09-30', actualDate: '2025-10-03' },
      { title: 'Notification des financements', plannedDate: '2025-12-15', actualDate: '2025-12-10' },
    ],
    narratives: [
      'Cahier des charges publié ; les 23 filières ont confirmé leur candidature.',
      'Auditions conduites par le jury international ; toutes les filières sont reconduites.',
      'Financements notifiés pour 2026-2030 ; conventions signées avec les établissements porteurs.',
    ],
  },
  {
    number: 2,
    title: 'Préparer la nouvelle labellisation des centres de référence et de compétence maladies rares',
    description: 'Réviser le cahier des charges des CRMR et CCMR, recueillir l’avis des ARS sur chaque candidature et arrêter la liste des centres labellisés.',
    unit: 'Q', startDate: '2025-06-01', dueDate: '2027-06-30', weight: 2, regional: true,
    story: 'late', status: 'late', progress: 40,
    milestones: [
      { title: 'Cahier des charges révisé', plannedDate: '2025-12-31', actualDate: '2026-04-15' },
      { title: 'Avis des ARS sur les candidatures', plannedDate: '2026-09-30' },
      { title: 'Arrêté de labellisation', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Groupe de travail installé avec les filières et la conférence des présidents de CME de CHU.',
      'Cahier des charges publié avec trois mois et demi de retard, après une concertation plus longue que prévu.',
      'Seules sept ARS ont transmis leurs avis ; plus de 300 dossiers restent à instruire au niveau national.',
    ],
    nextSteps: 'Relancer les ARS retardataires et renforcer l’équipe d’instruction par deux chargés de mission.',
    blockers: 'Volume de candidatures sous-estimé (612 dossiers) et dossiers incomplets dans plusieurs régions.',
  },
  {
    number: 3,
    title: 'Consolider les plateformes d’expertise maladies rares et les étendre aux outre-mer',
    description: 'Doter chaque région d’une plateforme d’expertise maladies rares chargée d’orienter les patients en errance diagnostique et de coordonner les acteurs.',
    unit: 'Q', startDate: '2025-09-01', dueDate: '2027-03-31', weight: 1, regional: true,
    story: 'late', status: 'late', progress: 45,
    milestones: [
      { title: 'Cahier des charges national des plateformes', plannedDate: '2025-12-31', actualDate: '2026-01-20' },
      { title: 'Désignation des plateformes ultramarines', plannedDate: '2026-06-30' },
      { title: 'Toutes les régions couvertes', plannedDate: '2027-03-31' },
    ],
    narratives: [
      'Cahier des charges national publié ; les plateformes existantes ont engagé leur mise en conformité.',
      'Les ARS ultramarines peinent à identifier des porteurs disposant des compétences en génétique.',
      'Quatre régions n’ont toujours pas désigné de plateforme ; l’échéance de mars 2027 ne sera pas tenue.',
    ],
    nextSteps: 'Proposer aux ARS ultramarines un adossement à une plateforme hexagonale par téléexpertise.',
    blockers: 'Pénurie de conseillers en génétique et de généticiens cliniciens dans les outre-mer.',
  },
  {
    number: 4,
    title: 'Préparer l’extension du dépistage néonatal à l’amyotrophie spinale',
    description: 'Organiser avec la DGS, la HAS et le centre national de coordination du dépistage néonatal l’ajout de l’amyotrophie spinale au programme national.',
    unit: 'Q', startDate: '2025-07-01', dueDate: '2027-12-31', weight: 1, regional: false,
    story: 'steady', status: 'on_track', progress: 55,
    milestones: [
      { title: 'Avis de la HAS', plannedDate: '2025-12-31', actualDate: '2025-12-18' },
      { title: 'Expérimentation dans deux régions pilotes', plannedDate: '2026-09-30', actualDate: '2026-09-28' },
      { title: 'Généralisation nationale', plannedDate: '2027-12-31' },
    ],
    narratives: [
      'La HAS a rendu un avis favorable à l’intégration de l’amyotrophie spinale au dépistage néonatal.',
      'L’expérimentation a démarré dans deux régions pilotes ; les laboratoires sont équipés.',
      'Premiers résultats encourageants : trois nouveau-nés dépistés et traités avant l’apparition des symptômes.',
    ],
    nextSteps: 'Rédiger l’arrêté de généralisation et planifier la formation des maternités.',
  },
  {
    number: 5,
    title: 'Interfacer BaMaRa avec les dossiers patients informatisés pour alimenter la BNDMR',
    description: 'Supprimer la double saisie des centres experts en alimentant la banque nationale de données maladies rares directement depuis les DPI des établissements.',
    unit: 'N', startDate: '2025-11-01', dueDate: '2027-10-31', weight: 1, regional: false,
    story: 'stale', status: 'on_track', progress: 50,
    milestones: [
      { title: 'Spécifications d’interopérabilité publiées', plannedDate: '2026-03-31', actualDate: '2026-03-26' },
      { title: 'Trois CHU pilotes connectés', plannedDate: '2026-10-31', actualDate: '2026-10-22' },
      { title: 'Généralisation aux établissements porteurs de CRMR', plannedDate: '2027-10-31' },
    ],
    narratives: [
      'Spécifications publiées par l’ANS et intégrées au référentiel Ségur des éditeurs de DPI.',
      'Trois CHU pilotes transmettent désormais leurs données sans ressaisie.',
    ],
    nextSteps: 'Ouvrir la généralisation aux établissements porteurs de centres de référence.',
  },
  {
    number: 6,
    title: 'Organiser la transition enfant-adulte dans les filières maladies rares',
    description: 'Formaliser dans chaque région un parcours de transition entre services pédiatriques et adultes pour les jeunes atteints de maladies rares.',
    unit: 'Q', startDate: '2026-01-05', dueDate: '2027-06-30', weight: 1, regional: true,
    story: 'slipping', status: 'at_risk', progress: 50,
    milestones: [
      { title: 'Guide national de la transition', plannedDate: '2026-04-30', actualDate: '2026-05-12' },
      { title: 'Parcours formalisés dans dix régions', plannedDate: '2026-10-31' },
      { title: 'Parcours formalisés dans toutes les régions', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Guide national de la transition publié avec les filières et les associations de patients.',
      'Huit régions ont formalisé leur parcours ; les autres manquent de temps médical côté adulte.',
    ],
    nextSteps: 'Organiser un webinaire de partage des organisations réussies avec les ARS.',
    blockers: 'Faible disponibilité des services adultes pour accueillir des consultations de transition.',
  },
  {
    number: 7,
    title: 'Former les médecins de premier recours au repérage des maladies rares',
    description: 'Inscrire le repérage des maladies rares dans les orientations prioritaires du développement professionnel continu et diffuser des outils d’aide au repérage.',
    unit: 'RH', startDate: '2027-03-01', dueDate: '2027-12-31', weight: 1, regional: false,
    story: 'not_started', status: 'not_started', progress: 0,
    milestones: [
      { title: 'Orientation prioritaire DPC publiée', plannedDate: '2027-06-30' },
      { title: 'Premières sessions de formation', plannedDate: '2027-11-30' },
    ],
    narratives: [
      'Action programmée pour 2027, après la révision des orientations prioritaires du DPC.',
      'Démarrage confirmé en mars 2027 avec l’ANDPC et le collège de la médecine générale.',
    ],
    nextSteps: 'Préparer la fiche d’orientation prioritaire avec l’ANDPC.',
  },
];

const OBJECTIVE_3_ACTIONS: DemoAction[] = [
  {
    number: 1,
    title: 'Déployer le programme Ségur numérique vague 2 dans les établissements',
    description: 'Financer la mise à niveau des logiciels hospitaliers référencés vague 2 et l’usage effectif de la messagerie sécurisée et du DMP, à l’appui des ARS.',
    unit: 'DNS', startDate: '2025-03-01', dueDate: '2027-06-30', weight: 3, regional: true,
    story: 'steady', status: 'on_track', progress: 70,
    milestones: [
      { title: 'Ouverture des guichets de financement à l’usage', plannedDate: '2025-06-30', actualDate: '2025-06-27' },
      { title: '50 % des établissements équipés de logiciels vague 2', plannedDate: '2026-06-30', actualDate: '2026-06-18' },
      { title: 'Clôture des financements à l’usage', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Guichets ouverts ; les ARS ont relayé les conditions de financement auprès des établissements.',
      'La moitié des établissements éligibles disposent d’un logiciel référencé vague 2.',
      'Les volumes de documents envoyés au DMP progressent de 12 % par trimestre, conformément à la trajectoire.',
    ],
    nextSteps: 'Cibler avec les ARS les établissements n’ayant pas encore atteint les seuils d’usage.',
  },
  {
    number: 2,
    title: 'Généraliser l’envoi des documents de sortie d’hospitalisation dans Mon espace santé',
    description: 'Faire de l’alimentation systématique de Mon espace santé par les lettres de liaison et comptes rendus une exigence du pilotage des établissements.',
    unit: 'N', startDate: '2025-04-01', dueDate: '2027-03-31', weight: 1, regional: true,
    story: 'stale', status: 'on_track', progress: 75,
    milestones: [
      { title: 'Indicateur intégré aux IFAQ', plannedDate: '2025-12-31', actualDate: '2025-12-19' },
      { title: '70 % des lettres de liaison envoyées', plannedDate: '2026-09-30', actualDate: '2026-10-06' },
      { title: '90 % des lettres de liaison envoyées', plannedDate: '2027-03-31' },
    ],
    narratives: [
      'L’alimentation de Mon espace santé est désormais valorisée dans le dispositif IFAQ.',
      'Le taux d’envoi des lettres de liaison atteint 71 % au niveau national, avec de fortes disparités régionales.',
    ],
    nextSteps: 'Partager avec chaque ARS la liste des établissements sous le seuil de 50 %.',
  },
  {
    number: 3,
    title: 'Déployer le programme CaRE de cybersécurité des établissements de santé',
    description: 'Accompagner les établissements dans la sécurisation de leurs annuaires, la sauvegarde hors ligne et les exercices de crise cyber, avec l’appui des GRADeS.',
    unit: 'N', startDate: '2025-05-15', dueDate: '2027-05-31', weight: 2, regional: true,
    story: 'slipping', status: 'at_risk', progress: 64,
    milestones: [
      { title: 'Domaine 1 : sécurisation des annuaires', plannedDate: '2025-12-31', actualDate: '2026-01-15' },
      { title: 'Domaine 2 : plans de continuité et sauvegardes', plannedDate: '2026-09-30' },
      { title: 'Exercice de crise dans chaque GHT', plannedDate: '2027-05-31' },
    ],
    narratives: [
      'Financements du domaine 1 délégués ; 85 % des établissements ciblés ont audité leur annuaire.',
      'Le domaine 2 avance plus lentement : les établissements manquent de prestataires qualifiés.',
      'Le retard se confirme sur les sauvegardes hors ligne ; la cible de septembre n’est pas atteinte.',
    ],
    nextSteps: 'Mutualiser un marché de sauvegarde hors ligne via les centrales d’achat régionales.',
    blockers: 'Tension sur les prestataires de cybersécurité qualifiés et sur les ressources des GRADeS.',
  },
  {
    number: 4,
    title: 'Accompagner le déploiement de la téléexpertise et de la télésurveillance dans les territoires',
    description: 'Soutenir avec les ARS l’organisation de l’offre de télésurveillance de droit commun et de la téléexpertise entre médecins de ville et spécialistes hospitaliers.',
    unit: 'N', startDate: '2025-09-01', dueDate: '2027-06-30', weight: 1, regional: true,
    story: 'optimistic', status: 'on_track', progress: 35,
    milestones: [
      { title: 'Feuilles de route régionales télésanté', plannedDate: '2026-01-31', actualDate: '2026-03-02' },
      { title: 'Outil régional de téléexpertise dans chaque région', plannedDate: '2026-09-30' },
      { title: 'Bilan national des usages', plannedDate: '2027-06-30' },
    ],
    narratives: [
      'Feuilles de route télésanté reçues de toutes les ARS, avec un mois de décalage.',
      'Les usages de téléexpertise progressent, mais six régions n’ont pas encore choisi leur outil.',
    ],
    nextSteps: 'Finaliser le choix des outils régionaux d’ici le premier trimestre 2027.',
  },
  {
    number: 5,
    title: 'Publier la doctrine d’usage de l’intelligence artificielle dans les établissements de santé',
    description: 'Fixer le cadre éthique, juridique et technique du déploiement des outils d’IA dans les établissements, en articulation avec le règlement européen sur l’IA.',
    unit: 'DNS', startDate: '2025-06-01', dueDate: '2026-06-30', weight: 1, regional: false,
    story: 'done', status: 'done', progress: 100,
    milestones: [
      { title: 'Consultation publique', plannedDate: '2025-12-15', actualDate: '2025-12-10' },
      { title: 'Publication de la doctrine', plannedDate: '2026-05-31', actualDate: '2026-06-04' },
    ],
    narratives: [
      'Groupe de travail réunissant la HAS, la CNIL, l’ANS et des établissements utilisateurs installé.',
      'Consultation publique close avec plus de 400 contributions.',
      'Doctrine publiée et présentée aux directeurs des systèmes d’information des GHT.',
    ],
  },
  {
    number: 6,
    title: 'Généraliser l’identité nationale de santé qualifiée dans les établissements',
    description: 'Atteindre un taux élevé d’identités INS qualifiées dans les établissements pour fiabiliser les échanges de données entre professionnels.',
    unit: 'DNS', startDate: '2025-03-01', dueDate: '2026-09-30', weight: 1, regional: true,
    story: 'overdue', status: 'at_risk', progress: 85,
    milestones: [
      { title: 'Appel au téléservice INSi intégré à tous les logiciels Ségur', plannedDate: '2025-09-30', actualDate: '2025-09-30' },
      { title: '70 % d’identités qualifiées', plannedDate: '2026-03-31', actualDate: '2026-04-20' },
    ],
    narratives: [
      'Tous les logiciels référencés Ségur appellent désormais le téléservice INSi.',
      'Le taux d’identités qualifiées atteint 72 %, porté par les établissements publics.',
      'L’échéance de septembre est dépassée : 84 % d’identités qualifiées, les cliniques restent en retrait.',
    ],
    nextSteps: 'Prolonger l’action jusqu’en mars 2027 avec un accompagnement ciblé des cliniques.',
    blockers: 'Formation des agents d’accueil insuffisante dans les établissements privés de petite taille.',
  },
];

/** Axis 3 of the 2025-2027 project (seed 000): innovation, PNMR4, numérique. "Today" is 2026-11-25. */
export const AXIS_3: DemoAxis = {
  number: 3,
  title: 'Assurer la qualité des soins en développant l’innovation et la pertinence des pratiques des professionnels de santé',
  description:
    'Soutenir l’innovation en facilitant l’accès aux produits et actes innovants, déployer le 4e plan national maladies rares et accompagner le développement du numérique dans le système de soins, au service de la qualité et de la pertinence des prises en charge.',
  objectives: [
    {
      number: 1,
      title: 'Faciliter l’accès aux produits et actes innovants',
      description:
        'Raccourcir le délai entre la validation d’une innovation et son accès effectif pour les patients, en modernisant les dispositifs de financement dérogatoire et d’évaluation précoce.',
      actions: OBJECTIVE_1_ACTIONS,
    },
    {
      number: 2,
      title: 'Déployer le 4e plan national maladies rares (PNMR4)',
      description:
        'Réduire l’errance diagnostique, consolider l’organisation des filières et des centres experts et améliorer les parcours des personnes atteintes de maladies rares.',
      actions: OBJECTIVE_2_ACTIONS,
    },
    {
      number: 3,
      title: 'Accompagner le développement du numérique dans le système de soins',
      description:
        'Moderniser les systèmes d’information des établissements, sécuriser les données et généraliser les usages numériques utiles aux patients et aux soignants.',
      actions: OBJECTIVE_3_ACTIONS,
    },
  ],
};
