/**
 * The English of every text the domain writes in French (labels, signal sentences, health
 * explanations, permission refusals, validation of the domain's rules), for `FrenchToEnglish`.
 * Keys are the French texts exactly as the domain writes them, `{name}` for a variable part.
 * `domain-english.spec.ts` fails when a French text of the domain has no entry here.
 *
 * Where the domain builds a sentence from pieces (a clause inside a sentence, a label inside a
 * refusal), the catalog has the same pieces, so that each piece is translated in its slot.
 * British English, sentence case, the glossary of issue 15 (météo → status, échéance → due date…).
 */
import type { EnglishCatalog } from './french-to-english';

const NBSP = '\u00a0';

/** Statuses (feminine, as "une action") and healths (masculine, as "un axe"): one English. */
const STATUSES: EnglishCatalog = {
  'Non démarrée': 'Not started',
  'Non démarré': 'Not started',
  'En bonne voie': 'On track',
  'À surveiller': 'Needs attention',
  'En retard': 'Late',
  'Terminée': 'Done',
  'Terminé': 'Done',
  'Abandonnée': 'Abandoned',
};

const LABELS: EnglishCatalog = {
  // Roles
  'Administrateur·rice': 'Administrator',
  'Directeur·rice': 'Director',
  'Chef·fe de projet': 'Project manager',
  'Référent·e ARS': 'ARS liaison',
  'Lecteur·rice': 'Reader',
  // Plan states
  Brouillon: 'Draft',
  'En cours': 'Active',
  Archivé: 'Archived',
  // Reporting cycle states
  Planifiée: 'Planned',
  Ouverte: 'Open',
  Close: 'Closed',
  // Comment kinds
  Commentaire: 'Comment',
  Résultat: 'Result',
  'Point de blocage': 'Blocker',
  'Besoin d’appui DGOS': 'DGOS support needed',
  'Bonne pratique': 'Good practice',
  // Periodicities
  Mensuelle: 'Monthly',
  Trimestrielle: 'Quarterly',
  Annuelle: 'Yearly',
  // Signal kinds
  'Échéance dépassée': 'Due date passed',
  'À mettre à jour': 'Update due',
  'Retard sur le calendrier': 'Behind schedule',
  'Météo à vérifier': 'Status to check',
  'En retard sur les autres régions': 'Behind the other regions',
  'Indicateur non mis à jour': 'Indicator not updated',
  'Indicateur hors trajectoire': 'Indicator off trajectory',
  // Roll-up exclusions
  'Action abandonnée': 'Abandoned action',
  'Poids nul : l’action ne pèse pas dans la moyenne': 'Zero weight: the action does not count in the average',
  // Languages
  Français: 'French',
  English: 'English',
};

/** The DGOS units (sous-directions) that own actions. */
const UNITS: EnglishCatalog = {
  'Sous-direction du pilotage de la performance des acteurs de l’offre de soins':
    'Healthcare providers’ performance steering unit',
  'Sous-direction des ressources humaines du système de santé': 'Health system human resources unit',
  'Sous-direction de la régulation de l’offre de soins': 'Healthcare provision regulation unit',
  'Sous-direction de la qualité et de la sécurité des soins': 'Quality and safety of care unit',
  'Sous-direction du numérique en santé': 'Digital health unit',
  'Délégation ministérielle au numérique en santé': 'Ministerial delegation for digital health',
};

/** Region names are proper names: they stay as they are, known so that a sentence around them is. */
const REGIONS: EnglishCatalog = Object.fromEntries(
  [
    'Guadeloupe',
    'Martinique',
    'Guyane',
    'La Réunion',
    'Mayotte',
    'Île-de-France',
    'Centre-Val de Loire',
    'Bourgogne-Franche-Comté',
    'Normandie',
    'Hauts-de-France',
    'Grand Est',
    'Pays de la Loire',
    'Bretagne',
    'Nouvelle-Aquitaine',
    'Occitanie',
    'Auvergne-Rhône-Alpes',
    "Provence-Alpes-Côte d'Azur",
    'Corse',
  ].map((name) => [name, name]),
);

/** Units of the indicators as people usually write them; any other unit is shown as written. */
const QUANTITIES: EnglishCatalog = {
  jours: 'days',
  jour: 'day',
  mois: 'months',
  semaines: 'weeks',
  places: 'places',
  départements: 'départements',
  'maisons de santé': 'health centres',
  'services d’urgence': 'emergency departments',
  'infirmiers en pratique avancée': 'advanced practice nurses',
  'pour 100 000 hab.': 'per 100,000 inhabitants',
  [`{n}${NBSP}jours`]: `{n}${NBSP}days`,
  [`{n}${NBSP}jour`]: `{n}${NBSP}day`,
  [`{n}${NBSP}points`]: `{n}${NBSP}points`,
  // French puts the singular under 2 (« 1,5 point »), English only at 1.
  [`{n}${NBSP}point`]: `{n}${NBSP}points`,
  [`1${NBSP}point`]: `1${NBSP}point`,
  [`+1${NBSP}point`]: `+1${NBSP}point`,
  [`\u22121${NBSP}point`]: `\u22121${NBSP}point`,
};

const SIGNALS: EnglishCatalog = {
  [`Échéance du {date} dépassée de {days}.`]: 'Due date {date} passed by {days}.',
  'Aucun point d’avancement depuis l’ouverture de la campagne le {date}.':
    'No status update since the reporting cycle opened on {date}.',
  'Avancement de {progress} pour {expected} attendus à cette date ({gap}).':
    'Progress of {progress} against {expected} expected by this date ({gap}).',
  [`Météo « {status} » à vérifier${NBSP}: {reasons}.`]: '“{status}” status to check: {reasons}.',
  [`{reason}${NBSP}; {reasons}`]: '{reason}; {reasons}',
  'l’échéance est dépassée': 'the due date has passed',
  'le jalon « {title} »': 'the milestone “{title}”',
  'un jalon': 'a milestone',
  '{milestone} prévu le {date} n’est pas atteint': '{milestone} due on {date} has not been reached',
  '{count} jalons dont la date est passée ne sont pas atteints':
    '{count} milestones past their date have not been reached',
  [`l’avancement a {gap}${NBSP}points de retard sur le calendrier`]:
    `progress is {gap}${NBSP}points behind schedule`,
  [`Indicateur à mettre à jour${NBSP}: une mesure était attendue au plus tard le {date}.`]:
    'Indicator to update: a measurement was due by {date}.',
  'Réalisation de {achievement} au {date}, pour {expected} attendus sur la trajectoire vers la cible.':
    'Achievement of {achievement} at {date}, against {expected} expected on the trajectory to the target.',
  [`{region}${NBSP}: avancement de {progress}, {gap}${NBSP}points sous la médiane des régions ({median}).`]:
    `{region}: progress of {progress}, {gap}${NBSP}points below the regions’ median ({median}).`,
  'Région {code}': 'Region {code}',
};

/** "Comment est-ce calculé ?": the health's label, then the rule that decided it. */
const HEALTH: EnglishCatalog = {
  'Pas d’état : aucune action n’est comptée.': 'No status: no action is counted.',
  ...Object.fromEntries(
    Object.entries(STATUSES).flatMap(([french, english]) => [
      [`${french}.`, `${english}.`],
      [`${french} : {why}`, `${english}: {why}`],
    ]),
  ),
  'toutes les actions comptées sont terminées.': 'all the counted actions are done.',
  'les actions en retard pèsent {share} du poids des actions comptées ({threshold} ou plus).':
    'late actions weigh {share} of the counted actions’ weight ({threshold} or more).',
  'les actions en retard ou à surveiller pèsent {share} du poids des actions comptées ({threshold} ou plus).':
    'actions late or needing attention weigh {share} of the counted actions’ weight ({threshold} or more).',
  'les actions en retard ou à surveiller pèsent {share} du poids des actions comptées (moins de {threshold}) et {schedule}.':
    'actions late or needing attention weigh {share} of the counted actions’ weight (less than {threshold}) and {schedule}.',
  'aucune action comptée n’a démarré.': 'none of the counted actions has started.',
  '{behind}, plus de {limit}.': '{behind}, more than {limit}.',
  '{behind}, pas plus de {limit}': '{behind}, no more than {limit}',
  'l’avancement ({progress}) a {gap} de retard sur l’attendu ({expected})':
    'progress ({progress}) is {gap} behind the expected progress ({expected})',
  'l’avancement ({progress}) a {gap} d’avance sur l’attendu ({expected})':
    'progress ({progress}) is {gap} ahead of the expected progress ({expected})',
  'l’avancement ({progress}) est celui attendu': 'progress ({progress}) is as expected',
  'aucun avancement n’est attendu, faute d’actions datées': 'no progress is expected, as no action has dates',
};

/** The refusals of the permission policy, the status-change and axis rules. */
const RULES: EnglishCatalog = {
  'Authentification requise.': 'Sign-in required.',
  'Un·e lecteur·rice ne peut rien modifier.': 'A reader cannot change anything.',
  'Votre compte n’est rattaché à aucune sous-direction.': 'Your account is not attached to any unit.',
  'Votre compte n’est rattaché à aucune région.': 'Your account is not attached to any region.',
  'Un·e référent·e ARS ne met pas à jour l’action nationale, seulement le déploiement de sa région.':
    'An ARS liaison does not update the national action, only the roll-out in their region.',
  'La direction ne met pas à jour les déploiements régionaux.': 'Directors do not update regional roll-outs.',
  'Vous ne pouvez modifier que vos propres commentaires.': 'You can only edit your own comments.',
  'Seule la direction valide les axes d’une campagne et relance les retardataires.':
    'Only directors validate the axes of a reporting cycle and remind those who are late.',
  'Seule l’administration rouvre un axe validé pour une campagne.':
    'Only administrators reopen an axis validated for a reporting cycle.',
  'La gestion du plan, des campagnes et des imports est réservée à l’administration.':
    'Only administrators manage the plan, reporting cycles and imports.',
  'La gestion des utilisateurs est réservée à l’administration.': 'Only administrators manage users.',
  'Le journal d’audit est réservé à l’administration et à la direction.':
    'Only administrators and directors can read the audit trail.',
  'Action non autorisée.': 'Not allowed.',
  'Seules les actions de votre sous-direction ({unit}) peuvent être mises à jour.':
    'Only the actions of your unit ({unit}) can be updated.',
  'Seuls les déploiements des actions de votre sous-direction ({unit}) peuvent être mis à jour.':
    'Only the roll-outs of your unit’s ({unit}) actions can be updated.',
  'Seul le déploiement de votre région ({region}) peut être mis à jour.':
    'Only the roll-out in your region ({region}) can be updated.',
  'Vous ne pouvez commenter que le déploiement de votre région ({region}).':
    'You can only comment on the roll-out in your region ({region}).',
  [`Une action terminée est avancée à 100${NBSP}%.`]: 'A done action is at 100% progress.',
  [`Un déploiement terminé est avancé à 100${NBSP}%.`]: 'A done regional roll-out is at 100% progress.',
  'Expliquez pourquoi la météo se dégrade.': 'Explain why the status is getting worse.',
  'L’axe {number} a été validé pour la campagne {cycle} : il ne peut plus être modifié pour cette campagne.':
    'Axis {number} has been validated for the reporting cycle {cycle}: it can no longer be changed for this cycle.',
  'Indiquez pourquoi l’action {code} n’a pas de point d’avancement pour la campagne.':
    'Say why action {code} has no status update for the reporting cycle.',
  'Une justification est limitée à {max} caractères.': 'A justification is limited to {max} characters.',
  'Date invalide : « {value} » (format attendu AAAA-MM-JJ).': 'Invalid date: “{value}” (expected format YYYY-MM-DD).',
  'Date invalide : « {value} ».': 'Invalid date: “{value}”.',
  'Date invalide.': 'Invalid date.',
};

/** The password rules; the guessability hint is the checker's own, translated by the API. */
const PASSWORDS: EnglishCatalog = {
  'Choisissez un mot de passe.': 'Choose a password.',
  'Le mot de passe doit compter au moins {min} caractères (il en compte {length}).':
    'The password must be at least {min} characters long (it has {length}).',
  'Le mot de passe ne peut pas dépasser {max} caractères.': 'The password cannot be longer than {max} characters.',
  [`Le mot de passe ne doit pas contenir le nom de votre adresse électronique («${NBSP}{name}${NBSP}»).`]:
    'The password must not contain the name of your email address (“{name}”).',
  'Ce mot de passe est trop facile à deviner. Allongez-le, par exemple avec plusieurs mots peu courants.':
    'This password is too easy to guess. Make it longer, for example with several uncommon words.',
  [`Ce mot de passe est trop facile à deviner${NBSP}: {hint} Allongez-le, par exemple avec plusieurs mots peu courants.`]:
    'This password is too easy to guess: {hint} Make it longer, for example with several uncommon words.',
  'Au moins {min} caractères, difficile à deviner, sans le nom de votre adresse électronique. Une suite de plusieurs mots peu courants est un bon choix.':
    'At least {min} characters, hard to guess, without the name of your email address. A series of several uncommon words is a good choice.',
};

export const DOMAIN_ENGLISH: EnglishCatalog = {
  ...STATUSES,
  ...LABELS,
  ...UNITS,
  ...REGIONS,
  ...QUANTITIES,
  ...SIGNALS,
  ...HEALTH,
  ...RULES,
  ...PASSWORDS,
};
