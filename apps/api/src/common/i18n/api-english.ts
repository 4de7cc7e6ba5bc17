/**
 * The English of every French message the API sends in an error (the filter's names and framework
 * messages, validation messages of the DTOs, the services' refusals, database refusals), for
 * `FrenchToEnglish` beside the domain's catalog. Keys are the French texts exactly as the API writes
 * them, `{name}` for a variable part (`{…List}` for a French enumeration « a, b et c »). Where a
 * service builds a sentence from pieces (a subject, a count, a noun for `notFound`), the pieces are
 * here too. `api-english.spec.ts` fails when an error message of the API has no entry.
 */
import type { EnglishCatalog } from '@boussole/domain';

/**
 * One entry per subject of a sentence the code writes with several subjects (« Le titre est
 * obligatoire. », « Le nom est obligatoire. »), `{the}` in the sentence: spelled out rather than
 * left a variable part, so that a sentence with a subject the catalog does not know stays unknown.
 */
function bySubject(subjects: EnglishCatalog, sentences: EnglishCatalog): EnglishCatalog {
  return Object.fromEntries(
    Object.entries(subjects).flatMap(([frenchSubject, englishSubject]) =>
      Object.entries(sentences).map(([french, english]) => [
        french.replace('{the}', frenchSubject),
        english.replace('{the}', englishSubject),
      ]),
    ),
  );
}

/** The filter's names of the statuses, its messages for the framework's own errors, the pipes. */
const HTTP: EnglishCatalog = {
  'Requête invalide': 'Bad request',
  'Non authentifié': 'Not signed in',
  'Accès refusé': 'Forbidden',
  Introuvable: 'Not found',
  'Méthode non autorisée': 'Method not allowed',
  Conflit: 'Conflict',
  'Plus disponible': 'Gone',
  'Requête trop volumineuse': 'Request too large',
  'Type de contenu non pris en charge': 'Unsupported content type',
  'Condition préalable requise': 'Precondition required',
  'Trop de requêtes': 'Too many requests',
  'Erreur interne': 'Internal error',
  'Service indisponible': 'Service unavailable',
  Erreur: 'Error',
  'Erreur.': 'Error.',
  'Ressource introuvable.': 'Resource not found.',
  'Méthode non autorisée.': 'Method not allowed.',
  'La requête est trop volumineuse.': 'The request is too large.',
  'Le type de contenu doit être application/json.': 'The content type must be application/json.',
  'L’adresse demandée est mal formée.': 'The requested address is malformed.',
  'Le corps de la requête n’est pas un JSON valide.': 'The request body is not valid JSON.',
  'Une erreur interne est survenue.': 'An internal error occurred.',
  'Requête invalide.': 'Bad request.',
  'Le champ « {field} » n’est pas attendu.': 'The field “{field}” is not expected.',
  'La requête est imbriquée trop profondément ({max} niveaux au plus).': 'The request is nested too deeply ({max} levels at most).',
  'Authentification requise : connectez-vous.': 'Sign-in required: please sign in.',
  'Authentification requise : connectez-vous pour lire la documentation de l’API.':
    'Sign-in required: sign in to read the API documentation.',
  'Cette route n’a pas de règle d’accès.': 'This route has no access rule.',
  'Origine de la requête invalide.': 'Invalid request origin.',
  'Requête d’une autre origine refusée.': 'Request from another origin refused.',
  'Entier positif attendu.': 'Positive whole number expected.',
  'Identifiant invalide : « {value} ».': 'Invalid identifier: “{value}”.',
  'Code INSEE attendu.': 'INSEE code expected.',
  'Code de région invalide : « {value} » (code INSEE d’une des 18 régions attendu).':
    'Invalid region code: “{value}” (the INSEE code of one of the 18 regions expected).',
  'Code de région invalide : « {value} » (deux chiffres INSEE attendus).': 'Invalid region code: “{value}” (two INSEE digits expected).',
  'En-tête If-Match invalide : la version {what} est attendue (ex. If-Match: 3).':
    'Invalid If-Match header: the version {what} is expected (e.g. If-Match: 3).',
  'Indiquez la version modifiée {what} : en-tête If-Match (ou « version » dans le corps).':
    'Give the version {what} you changed: If-Match header (or “version” in the body).',
  'La version doit être un entier.': 'The version must be a whole number.',
  'Métriques désactivées : définissez METRICS_TOKEN.': 'Metrics disabled: set METRICS_TOKEN.',
  'Jeton des métriques absent ou invalide : Authorization: Bearer <METRICS_TOKEN>.':
    'Metrics token missing or invalid: Authorization: Bearer <METRICS_TOKEN>.',
  'Ce serveur s’arrête : il ne prend plus de nouvelles requêtes.': 'This server is stopping: it takes no new requests.',
  'L’écoute des événements de la base est coupée : reconnexion en cours.':
    'Listening to the database’s events is cut: reconnecting.',
};

/** Going too fast (429): « {what} : réessayez dans {wait}. » */
const RATE: EnglishCatalog = {
  ...bySubject(
    {
      'Trop d’écritures en peu de temps': 'Too many writes in a short time',
      'Trop de tentatives de connexion': 'Too many sign-in attempts',
      'D’autres fichiers volumineux sont en préparation': 'Other large files are being prepared',
    },
    { '{the} : réessayez dans {wait}.': '{the}: try again in {wait}.' },
  ),
  '1 seconde': '1 second',
  '{n} secondes': '{n} seconds',
  '1 minute': '1 minute',
  '{n} minutes': '{n} minutes',
  'Trop d’écritures en peu de temps': 'Too many writes in a short time',
  'Trop de tentatives de connexion': 'Too many sign-in attempts',
  'D’autres fichiers volumineux sont en préparation': 'Other large files are being prepared',
  'Trop de demandes pour cette adresse : réessayez dans quelques minutes.':
    'Too many requests for this address: try again in a few minutes.',
  'Trop d’essais du mot de passe actuel : réessayez dans quelques minutes.':
    'Too many attempts at the current password: try again in a few minutes.',
};

/** PostgreSQL's refusals (database-error.ts). */
const DATABASE: EnglishCatalog = {
  'Cette valeur est déjà utilisée : elle vient sans doute d’être enregistrée par une autre requête.':
    'This value is already used: another request has probably just saved it.',
  'Un projet stratégique porte déjà ce titre.': 'A strategic plan already has this title.',
  'Ce code est déjà celui d’une autre action de ce projet stratégique.': 'This code is already that of another action in this strategic plan.',
  'Libellé déjà utilisé dans ce projet.': 'Label already used in this plan.',
  'Une autre campagne de ce projet est déjà ouverte.': 'Another reporting cycle of this plan is already open.',
  'Un compte existe déjà avec cette adresse électronique.': 'An account already exists with this email address.',
  'Un autre axe vient de prendre ce numéro : rechargez puis réessayez.': 'Another axis has just taken this number: reload and try again.',
  'Un autre objectif vient de prendre ce numéro : rechargez puis réessayez.':
    'Another objective has just taken this number: reload and try again.',
  'Une valeur est déjà enregistrée pour cette période.': 'A value is already recorded for this period.',
  'La base de données est momentanément indisponible : réessayez dans quelques instants.':
    'The database is temporarily unavailable: try again in a few moments.',
  'Ces valeurs en chevauchent d’autres déjà enregistrées.': 'These values overlap others already recorded.',
  'Un élément lié n’existe pas (ou plus), ou d’autres en dépendent encore.':
    'A linked item does not exist (or no longer does), or others still depend on it.',
  'Une valeur obligatoire manque.': 'A required value is missing.',
  'Ce champ est obligatoire.': 'This field is required.',
  'Une valeur ne respecte pas les règles de Boussole.': 'A value does not follow Boussole’s rules.',
  'Un nombre dépasse les limites admises.': 'A number is beyond the allowed limits.',
  'Une autre modification est passée en même temps : rechargez puis réessayez.':
    'Another change went through at the same time: reload and try again.',
  'Valeur invalide pour la base de données.': 'Invalid value for the database.',
};

/** What `notFound(what)` names. */
const FOUND_NOUNS: EnglishCatalog = {
  'Projet stratégique': 'Strategic plan',
  Axe: 'Axis',
  Objectif: 'Objective',
  Action: 'Action',
  Jalon: 'Milestone',
  Indicateur: 'Indicator',
  'Campagne de suivi': 'Reporting cycle',
  'Déploiement régional': 'Regional roll-out',
  Région: 'Region',
  Session: 'Session',
  Import: 'Import',
  'Utilisateur·rice': 'User',
  Commentaire: 'Comment',
};

/** The subjects that start a sentence the code completes. */
const SUBJECTS: EnglishCatalog = {
  'Cet axe': 'This axis',
  'Cet objectif': 'This objective',
  'Cette action': 'This action',
  'Cet indicateur': 'This indicator',
  'Cette campagne': 'This reporting cycle',
  'Ce projet stratégique': 'This strategic plan',
  'Ce compte': 'This account',
};

/** What `notFound(what)` names, and the subjects and complements that start or end a sentence. */
const NOUNS: EnglishCatalog = {
  ...FOUND_NOUNS,
  ...bySubject(FOUND_NOUNS, { '{the} introuvable.': '{the} not found.' }),
  ...SUBJECTS,
  ...bySubject(
    { 'Cet axe': 'This axis', 'Cet objectif': 'This objective', 'Cet indicateur': 'This indicator', 'Ce projet stratégique': 'This strategic plan' },
    {
      '{the} a été modifié entre-temps (version {current}, vous aviez la version {expected}). Rechargez-le avant d’enregistrer.':
        '{the} has been changed in the meantime (version {current}, you had version {expected}). Reload it before saving.',
    },
  ),
  ...bySubject(
    { 'Cette campagne': 'This reporting cycle' },
    {
      '{the} a été modifiée entre-temps (version {current}, vous aviez la version {expected}). Rechargez-la avant d’enregistrer.':
        '{the} has been changed in the meantime (version {current}, you had version {expected}). Reload it before saving.',
    },
  ),
  ...bySubject(
    { 'Cet axe': 'This axis', 'Cet objectif': 'This objective', 'Cette action': 'This action' },
    { '{the} n’existe pas dans ce projet stratégique.': '{the} does not exist in this strategic plan.' },
  ),
  'L’axe {number}': 'Axis {number}',
  'L’objectif {code}': 'Objective {code}',
  'de l’action': 'of the action',
  'de l’axe': 'of the axis',
  'de l’objectif': 'of the objective',
  'de l’indicateur': 'of the indicator',
  'de la campagne': 'of the reporting cycle',
  'du projet stratégique': 'of the strategic plan',
  'du compte': 'of the account',
  'du déploiement': 'of the roll-out',
  // Counted nouns, as `countOf` writes them in the refusals' enumerations.
  '1 point d’avancement': '1 status update',
  '{n} points d’avancement': '{n} status updates',
  '1 commentaire': '1 comment',
  '{n} commentaires': '{n} comments',
  '1 déploiement régional renseigné': '1 regional roll-out filled in',
  '{n} déploiements régionaux renseignés': '{n} regional roll-outs filled in',
  '1 mesure d’indicateur': '1 indicator measurement',
  '{n} mesures d’indicateurs': '{n} indicator measurements',
  '1 jalon atteint': '1 milestone reached',
  '{n} jalons atteints': '{n} milestones reached',
  '1 validation d’axe': '1 axis validation',
  '{n} validations d’axe': '{n} axis validations',
  '1 région renseignée': '1 region filled in',
  '{n} régions renseignées': '{n} regions filled in',
  '1 commentaire régional': '1 regional comment',
  '{n} commentaires régionaux': '{n} regional comments',
  '1 indicateur': '1 indicator',
  '{n} indicateurs': '{n} indicators',
  '1 objectif': '1 objective',
  '{n} objectifs': '{n} objectives',
  '1 action': '1 action',
  '{n} actions': '{n} actions',
  '1 mesure': '1 measurement',
  '{n} mesures': '{n} measurements',
  '1 mesure régionale': '1 regional measurement',
  '{n} mesures régionales': '{n} regional measurements',
  // The same nouns alone, as the code holds them before counting.
  'région renseignée': 'region filled in',
  'régions renseignées': 'regions filled in',
  'commentaire régional': 'regional comment',
  'commentaires régionaux': 'regional comments',
  'mesure régionale': 'regional measurement',
  'mesures régionales': 'regional measurements',
  'l’action': 'action',
  'les actions': 'actions',
  // Pieces of the sentences above, as the code holds them before putting them together.
  'supprimez-le ou rattachez-le': 'delete it or attach it',
  'supprimez-les ou rattachez-les': 'delete them or attach them',
  modifié: 'changed',
  modifiée: 'changed',
  'Rechargez-le': 'Reload it',
  'Rechargez-la': 'Reload it',
};

/** Validation messages of the shared field decorators (common/dto) and their subjects. */
const FIELDS: EnglishCatalog = {
  ...bySubject(
    { 'Le titre': 'The title', 'Le nom': 'The name' },
    {
      '{the} est limité à {max} caractères.': '{the} is limited to {max} characters.',
      '{the} doit être un texte.': '{the} must be a text.',
      '{the} est obligatoire.': '{the} is required.',
      '{the} ne peut pas être vide.': '{the} cannot be empty.',
    },
  ),
  ...bySubject(
    { 'Le numéro d’axe': 'The axis number', 'Le numéro d’objectif': 'The objective number' },
    { '{the} doit être un entier.': '{the} must be a whole number.', '{the} est compris entre 1 et {max}.': '{the} is between 1 and {max}.' },
  ),
  ...bySubject(
    { 'L’année de début': 'The start year', 'L’année de fin': 'The end year' },
    {
      '{the} est comprise entre {min} et {max}.': '{the} is between {min} and {max}.',
      '{the} est obligatoire.': '{the} is required.',
      '{the} doit être une année (ex. {year}).': '{the} must be a year (e.g. {year}).',
    },
  ),
  // The pieces, as the decorators receive them.
  'Le titre': 'The title',
  'Le nom': 'The name',
  'un texte': 'a text',
  'Le numéro d’axe': 'The axis number',
  'Le numéro d’objectif': 'The objective number',
  'L’année de début': 'The start year',
  'L’année de fin': 'The end year',
  'La description doit être un texte.': 'The description must be a text.',
  'La description est limitée à 10 000 caractères.': 'The description is limited to 10,000 characters.',
};

/** Actions, milestones and status updates. */
const ACTIONS: EnglishCatalog = {
  'L’échéance ne peut pas précéder la date de début.': 'The due date cannot be before the start date.',
  'La place est comprise entre 0 et {max}.': 'The position is between 0 and {max}.',
  'L’action {code} a un historique ({historyList}) : elle ne peut pas être supprimée. Abandonnez-la plutôt (un point d’avancement « Abandonnée »), ou archivez le projet stratégique.':
    'Action {code} has a history ({historyList}): it cannot be deleted. Abandon it instead (a status update “Abandoned”), or archive the strategic plan.',
  'L’action {code} porte encore {count} : supprimez-le ou rattachez-le ailleurs d’abord.':
    'Action {code} still holds {count}: delete it or attach it elsewhere first.',
  'L’action {code} porte encore {count} : supprimez-les ou rattachez-les ailleurs d’abord.':
    'Action {code} still holds {count}: delete them or attach them elsewhere first.',
  'Cette action a été modifiée entre-temps (version {current}, vous aviez la version {expected}). Rechargez-la avant d’enregistrer.':
    'This action has been changed in the meantime (version {current}, you had version {expected}). Reload it before saving.',
  'Le déploiement régional de l’action {code} a déjà un historique ({historyList}) : elle ne peut plus cesser d’être régionale.':
    'The regional roll-out of action {code} already has a history ({historyList}): it can no longer stop being regional.',
  'Cette sous-direction n’existe pas.': 'This unit does not exist.',
  'Sous-direction inconnue.': 'Unknown unit.',
  'Ce responsable n’existe pas.': 'This owner does not exist.',
  'Utilisateur inconnu.': 'Unknown user.',
  'Ce compte est désactivé : choisissez un responsable actif.': 'This account is deactivated: choose an active owner.',
  'Compte désactivé.': 'Account deactivated.',
  'Cet objectif n’existe pas.': 'This objective does not exist.',
  'Objectif introuvable.': 'Objective not found.',
  'Objectif d’un autre projet stratégique.': 'Objective of another strategic plan.',
  'Une action ne se déplace que vers un objectif du même projet stratégique.': 'An action can only move to an objective of the same strategic plan.',
  'Le responsable actuel ne peut pas mettre à jour une action de la sous-direction {unit} : choisissez aussi un nouveau responsable.':
    'The current owner cannot update an action of the {unit} unit: choose a new owner too.',
  'Le responsable doit pouvoir mettre à jour l’action : un·e chef·fe de projet de la sous-direction {unit}, la direction ou l’administration.':
    'The owner must be able to update the action: a project manager of the {unit} unit, a director or an administrator.',
  'Le code {code} est déjà celui d’une autre action de ce projet stratégique.': 'Code {code} is already that of another action in this strategic plan.',
  'L’objectif est obligatoire.': 'The objective is required.',
  'Le poids est compris entre 0 (exclu) et 100.': 'The weight is between 0 (excluded) and 100.',
  'Le code d’une action s’écrit axe.objectif.numéro, par exemple 1.2.3.': 'An action’s code is written axis.objective.number, for example 1.2.3.',
  'La sous-direction est l’une de : {list}.': 'The unit is one of: {list}.',
  'La sous-direction est obligatoire.': 'The unit is required.',
  'Le poids doit être un nombre (deux décimales au plus).': 'The weight must be a number (two decimals at most).',
  'Le poids doit être strictement positif.': 'The weight must be strictly positive.',
  '« regional » vaut true ou false.': '“regional” is true or false.',
  'La date de début doit être une date réelle au format AAAA-MM-JJ.': 'The start date must be a real date in the YYYY-MM-DD format.',
  'L’échéance doit être une date réelle au format AAAA-MM-JJ.': 'The due date must be a real date in the YYYY-MM-DD format.',
  'Le responsable doit être un identifiant d’utilisateur.': 'The owner must be a user identifier.',
  'L’objectif doit être un identifiant.': 'The objective must be an identifier.',
  'La place est un entier à partir de 0.': 'The position is a whole number from 0.',
  'Le paramètre « {name} » doit être un identifiant.': 'The parameter “{name}” must be an identifier.',
  'Le paramètre « unit » doit être un code de sous-direction (PF, RH, R, Q, N, DNS).': 'The parameter “unit” must be a unit code (PF, RH, R, Q, N, DNS).',
  'Le paramètre « owner » doit être l’identifiant d’un utilisateur.': 'The parameter “owner” must be a user’s identifier.',
  'Le paramètre « status » doit valoir une ou plusieurs météos séparées par des virgules : {list}.':
    'The parameter “status” must be one or more statuses separated by commas: {list}.',
  'Le paramètre « signal » doit valoir un ou plusieurs signaux d’action séparés par des virgules : {list}.':
    'The parameter “signal” must be one or more action signals separated by commas: {list}.',
  'Le paramètre « region » doit être un code de région INSEE (ex. 53).': 'The parameter “region” must be an INSEE region code (e.g. 53).',
  'La recherche « q » est limitée à 200 caractères.': 'The search “q” is limited to 200 characters.',
  'Le paramètre « overdue » vaut true ou false.': 'The parameter “overdue” is true or false.',
  'Le paramètre « stale » vaut true ou false.': 'The parameter “stale” is true or false.',
  'Le tri doit être l’un de : {list} (préfixe « - » pour décroissant).': 'The sort must be one of: {list} (prefix “-” for descending).',
  'La page demandée est trop grande.': 'The requested page is too large.',
  'La page doit être un entier à partir de 1.': 'The page must be a whole number from 1.',
  'La taille de page doit être un entier entre 1 et 200.': 'The page size must be a whole number between 1 and 200.',
  'La date prévue doit être une date réelle au format AAAA-MM-JJ.': 'The planned date must be a real date in the YYYY-MM-DD format.',
  'La date réelle doit être une date réelle au format AAAA-MM-JJ.': 'The actual date must be a real date in the YYYY-MM-DD format.',
  '« done » vaut true ou false.': '“done” is true or false.',
  'L’intitulé du jalon doit être un texte.': 'The milestone’s title must be a text.',
  'L’intitulé du jalon est obligatoire.': 'The milestone’s title is required.',
  'L’intitulé du jalon est limité à 300 caractères.': 'The milestone’s title is limited to 300 characters.',
  'L’avancement doit être un nombre entier entre 0 et 100.': 'Progress must be a whole number between 0 and 100.',
  'Le point d’avancement doit être un texte.': 'The status update must be a text.',
  'Le point d’avancement est limité à 5 000 caractères.': 'The status update is limited to 5,000 characters.',
  'Les prochaines étapes doivent être un texte.': 'The next steps must be a text.',
  'Les prochaines étapes sont limitées à 5 000 caractères.': 'The next steps are limited to 5,000 characters.',
  'Les points de blocage doivent être un texte.': 'The blockers must be a text.',
  'Les points de blocage sont limités à 5 000 caractères.': 'The blockers are limited to 5,000 characters.',
  'La version de l’action est obligatoire (entier).': 'The action’s version is required (whole number).',
  'La météo doit être l’une de : {list}.': 'The status must be one of: {list}.',
  'Cochez « atteint » ou retirez la date réelle.': 'Tick “reached” or remove the actual date.',
  'Un jalon non atteint n’a pas de date réelle.': 'A milestone not reached has no actual date.',

  'Date future.': 'Future date.',
  'La date réelle d’un jalon atteint ne peut pas être dans le futur.': 'The actual date of a reached milestone cannot be in the future.',
};

/** The audit trail's queries. */
const AUDIT: EnglishCatalog = {
  'Le paramètre « entity » doit être un type d’enregistrement (ex. action, indicator, cycle).':
    'The parameter “entity” must be a record type (e.g. action, indicator, cycle).',
  'Le paramètre « id » doit être un identifiant d’enregistrement.': 'The parameter “id” must be a record identifier.',
  'Le paramètre « id » est limité à 200 caractères.': 'The parameter “id” is limited to 200 characters.',
  'Le paramètre « actor » doit être l’identifiant d’un compte (entier positif).': 'The parameter “actor” must be an account’s identifier (positive whole number).',
  'Le paramètre « from » doit être une date réelle au format AAAA-MM-JJ.': 'The parameter “from” must be a real date in the YYYY-MM-DD format.',
  'Le paramètre « to » doit être une date réelle au format AAAA-MM-JJ.': 'The parameter “to” must be a real date in the YYYY-MM-DD format.',
  'Le paramètre « id » s’emploie avec « entity ».': 'The parameter “id” goes with “entity”.',
  'La date « from » doit précéder ou égaler la date « to ».': 'The date “from” must be on or before the date “to”.',
  'Le journal des comptes et des connexions est réservé à l’administration.': 'Only administrators can read the accounts and sign-ins log.',
};

/** Sign-in, accounts, links and passwords (the refusals the auth module throws). */
const ACCOUNTS: EnglishCatalog = {
  'Adresse électronique ou mot de passe incorrect.': 'Incorrect email address or password.',
  'Ce compte n’existe plus.': 'This account no longer exists.',
  'Si cette adresse est celle d’un compte actif, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable 7 jours et ne sert qu’une fois.':
    'If this address is that of an active account, a link to choose a new password has just been sent to it. It is valid for 7 days and works only once.',
  'Le mot de passe doit être un texte.': 'The password must be a text.',
  'L’adresse électronique n’est pas valide.': 'The email address is not valid.',
  'L’adresse électronique est trop longue.': 'The email address is too long.',
  'L’adresse électronique doit être un texte.': 'The email address must be a text.',
  'L’adresse électronique est obligatoire.': 'The email address is required.',
  'Le mot de passe actuel est incorrect.': 'The current password is incorrect.',
  'Le mot de passe actuel doit être un texte.': 'The current password must be a text.',
  'Saisissez votre mot de passe actuel.': 'Enter your current password.',
  'Le nouveau mot de passe doit être un texte.': 'The new password must be a text.',
  'Le nouveau mot de passe doit être différent du mot de passe actuel.': 'The new password must be different from the current password.',
  '« reminders » doit valoir true ou false.': '“reminders” must be true or false.',
  '« language » doit valoir fr ou en.': '“language” must be fr or en.',
  'Indiquez « reminders » (true pour recevoir les relances des campagnes de suivi, false pour ne plus les recevoir) ou « language » (fr ou en).':
    'Give “reminders” (true to receive the reporting cycles’ reminders, false to stop receiving them) or “language” (fr or en).',
  'Le mot de passe est obligatoire.': 'The password is required.',
  'Le mot de passe est trop long.': 'The password is too long.',
  'Ce lien n’est pas valable : vérifiez qu’il a été copié en entier. S’il a été remplacé par un lien plus récent, utilisez ce dernier, ou demandez-en un nouveau.':
    'This link is not valid: check that it was copied in full. If it was replaced by a more recent link, use that one, or ask for a new one.',
  'Ce lien a déjà servi : il ne s’utilise qu’une fois. Connectez-vous avec votre mot de passe, ou demandez un nouveau lien avec « Mot de passe oublié ».':
    'This link has already been used: it works only once. Sign in with your password, or ask for a new link with “Forgotten password”.',
  'Ce lien a expiré le {date}. Demandez-en un nouveau à l’administration, ou avec « Mot de passe oublié ».':
    'This link expired on {date}. Ask an administrator for a new one, or use “Forgotten password”.',
  'Ce compte est désactivé : ce lien ne peut plus servir. Adressez-vous à l’administration.':
    'This account is deactivated: this link can no longer be used. Contact an administrator.',
  'La connexion par ProConnect n’est pas configurée sur ce serveur : connectez-vous avec votre adresse électronique et votre mot de passe.':
    'Sign-in with ProConnect is not set up on this server: sign in with your email address and password.',
};

/** Comments. */
const COMMENTS: EnglishCatalog = {
  'Le commentaire ne peut pas être vide.': 'The comment cannot be empty.',
  'Commentaire introuvable dans ce fil.': 'Comment not found in this thread.',
  'Le commentaire auquel vous répondez n’existe pas dans ce fil.': 'The comment you are replying to does not exist in this thread.',
  'On ne répond pas à une réponse : répondez au commentaire d’origine.': 'You cannot reply to a reply: reply to the original comment.',
  'Un seul niveau de réponse.': 'One level of replies only.',
  'Ce commentaire a été supprimé.': 'This comment has been deleted.',
  'Commentaire supprimé.': 'Comment deleted.',
  'Le commentaire doit être un texte.': 'The comment must be a text.',
  'Le commentaire est limité à 10 000 caractères.': 'The comment is limited to 10,000 characters.',
  'La réponse doit viser un identifiant de commentaire.': 'The reply must target a comment identifier.',
  'Le type de commentaire doit être l’un de : {list}.': 'The comment type must be one of: {list}.',
};

/** Reporting cycles, axis validations and reminders. */
const CYCLES: EnglishCatalog = {
  'Cet axe n’appartient pas au projet stratégique de la campagne {cycle}.': 'This axis does not belong to the strategic plan of the reporting cycle {cycle}.',
  'La campagne {cycle} n’est pas encore ouverte : ses axes se valident pendant qu’elle est ouverte.':
    'The reporting cycle {cycle} is not open yet: its axes are validated while it is open.',
  'La campagne {cycle} n’est pas encore ouverte : aucun de ses axes n’est validé.': 'The reporting cycle {cycle} is not open yet: none of its axes is validated.',
  'La campagne {cycle} est close : ses axes ne se valident plus.': 'The reporting cycle {cycle} is closed: its axes can no longer be validated.',
  'La campagne {cycle} est close : ses validations restent telles qu’elles étaient à sa clôture.':
    'The reporting cycle {cycle} is closed: its validations stay as they were when it closed.',
  'Seules les actions de l’axe encore sans point d’avancement pour la campagne {cycle} se justifient, pas l’action {codeList}.':
    'Only the axis’s actions still without a status update for the reporting cycle {cycle} are justified, not action {codeList}.',
  'Seules les actions de l’axe encore sans point d’avancement pour la campagne {cycle} se justifient, pas les actions {codeList}.':
    'Only the axis’s actions still without a status update for the reporting cycle {cycle} are justified, not actions {codeList}.',
  '{n} autres': '{n} others',
  'n° {id}': 'no. {id}',
  'Sans point d’avancement pour la campagne {cycle}, les actions {codeList} demandent chacune une justification pour valider l’axe.':
    'Without a status update for the reporting cycle {cycle}, actions {codeList} each need a justification to validate the axis.',
  'Sans point d’avancement pour la campagne {cycle}, l’action {code} demande une justification pour valider l’axe.':
    'Without a status update for the reporting cycle {cycle}, action {code} needs a justification to validate the axis.',
  'Une seule justification par action.': 'One justification per action.',
  'Cette action n’attend pas de justification : son point d’avancement est là, ou elle n’est pas attendue dans l’axe.':
    'This action needs no justification: its status update is there, or it is not expected in the axis.',
  'L’axe {number} a déjà été validé pour la campagne {cycle}, par {name} le {date}.': 'Axis {number} has already been validated for the reporting cycle {cycle}, by {name} on {date}.',
  'L’axe {number} n’est pas validé pour la campagne {cycle} : il n’y a rien à rouvrir.': 'Axis {number} is not validated for the reporting cycle {cycle}: there is nothing to reopen.',
  'La date de clôture ne peut pas précéder la date d’ouverture.': 'The closing date cannot be before the opening date.',
  'Une campagne « {label} » existe déjà pour ce projet stratégique.': 'A reporting cycle “{label}” already exists for this strategic plan.',
  'Ces dates chevauchent la campagne {cycle} (du {from} au {to}).': 'These dates overlap the reporting cycle {cycle} (from {from} to {to}).',
  'La campagne {cycle} est déjà ouverte : clôturez-la avant d’en ouvrir une autre.': 'The reporting cycle {cycle} is already open: close it before opening another.',
  'La campagne {cycle} est close : elle ne se modifie plus.': 'The reporting cycle {cycle} is closed: it can no longer be changed.',
  'Une campagne ne revient pas en arrière : « {from} » ne redevient pas « {to} ».': 'A reporting cycle does not go back: “{from}” does not become “{to}” again.',
  'Le projet stratégique doit être un identifiant.': 'The strategic plan must be an identifier.',
  'Le projet stratégique est obligatoire.': 'The strategic plan is required.',
  'Le libellé est limité à {max} caractères.': 'The label is limited to {max} characters.',
  'Le libellé est obligatoire (ex. T1 2028).': 'The label is required (e.g. T1 2028).',
  'Le libellé doit être un texte.': 'The label must be a text.',
  'Le libellé ne peut pas être vide.': 'The label cannot be empty.',
  'La date d’ouverture est obligatoire.': 'The opening date is required.',
  'La date d’ouverture doit être une date réelle au format AAAA-MM-JJ.': 'The opening date must be a real date in the YYYY-MM-DD format.',
  'La date de clôture est obligatoire.': 'The closing date is required.',
  'La date de clôture doit être une date réelle au format AAAA-MM-JJ.': 'The closing date must be a real date in the YYYY-MM-DD format.',
  'L’état est « planned » (planifiée), « open » (ouverte) ou « closed » (close).': 'The state is “planned”, “open” or “closed”.',
  'L’action justifiée doit être un identifiant.': 'The justified action must be an identifier.',
  'L’action justifiée est obligatoire.': 'The justified action is required.',
  'Le texte de la justification est obligatoire.': 'The justification’s text is required.',
  'Une justification doit être un texte.': 'A justification must be a text.',
  'Le commentaire est limité à {max} caractères.': 'The comment is limited to {max} characters.',
  'Chaque justification est un objet { actionId, text }.': 'Each justification is an object { actionId, text }.',
  'Au plus 5 000 justifications.': 'At most 5,000 justifications.',
  'Les justifications sont une liste de { actionId, text }.': 'The justifications are a list of { actionId, text }.',
  'La raison est limitée à {max} caractères.': 'The reason is limited to {max} characters.',
  'Indiquez pourquoi l’axe est rouvert.': 'Say why the axis is reopened.',
  'La raison doit être un texte.': 'The reason must be a text.',
  'La campagne {cycle} n’est pas ouverte ({state})\u00a0: ses relances ne partent que pendant qu’elle est ouverte.':
    'The reporting cycle {cycle} is not open ({state}): its reminders are only sent while it is open.',
  planifiée: 'planned',
  close: 'closed',
  'Les relances de la campagne {cycle} sont parties le {sentAt}\u00a0: un nouvel envoi est possible {minutes}\u00a0minutes après, à partir du {nextAt}.':
    'The reminders of the reporting cycle {cycle} were sent on {sentAt}: they can be sent again {minutes}\u00a0minutes later, from {nextAt}.',
};

/** Exports and the briefing's scope (a date or a cycle). */
const EXPORTS: EnglishCatalog = {
  'La campagne « cycle » doit être un identifiant de campagne (entier positif).': 'The cycle “cycle” must be a reporting cycle identifier (positive whole number).',
  'Campagne d’un autre projet.': 'Reporting cycle of another plan.',
  'La campagne {cycle} n’appartient pas à ce projet stratégique.': 'The reporting cycle {cycle} does not belong to this strategic plan.',
  'Choisissez une date (« asOf ») ou une campagne (« cycle »), pas les deux.': 'Choose a date (“asOf”) or a reporting cycle (“cycle”), not both.',
  'Avec « cycle », pas de date.': 'With “cycle”, no date.',
  'Avec « asOf », pas de campagne.': 'With “asOf”, no reporting cycle.',
  'La campagne « cycle » doit être un identifiant (entier positif).': 'The cycle “cycle” must be an identifier (positive whole number).',
  'Campagne d’un autre projet ou inconnue.': 'Reporting cycle of another plan, or unknown.',
  'Cette campagne n’est pas une campagne de ce projet stratégique.': 'This reporting cycle is not one of this strategic plan.',
  'La campagne « {cycle} » n’a encore rien de figé : aucun axe n’est validé et elle n’est pas close.':
    'The reporting cycle “{cycle}” has nothing frozen yet: no axis is validated and it is not closed.',
  'Rien de figé.': 'Nothing frozen.',
  'Le client a quitté le téléchargement.': 'The client left the download.',
  'Choisissez soit une campagne (« cycle »), soit une date (« asOf »), pas les deux.': 'Choose either a reporting cycle (“cycle”) or a date (“asOf”), not both.',
};

/** Imports: the file, the workbook and the refusal of a run with errors. */
const IMPORTS: EnglishCatalog = {
  'L’indicateur « {name} » n’a pas pu être créé.': 'The indicator “{name}” could not be created.',
  'L’axe {number} n’a pas pu être créé.': 'Axis {number} could not be created.',
  'Classeur manquant.': 'Workbook missing.',
  'Joignez le classeur (.xlsx) dans le champ « file ».': 'Attach the workbook (.xlsx) in the “file” field.',
  '« dryRun » vaut true ou false.': '“dryRun” is true or false.',
  'L’import compte {n} erreur : rien n’a été écrit. Corrigez le classeur, puis relancez la simulation.':
    'The import has {n} error: nothing was written. Correct the workbook, then run the simulation again.',
  'L’import compte {n} erreurs : rien n’a été écrit. Corrigez le classeur, puis relancez la simulation.':
    'The import has {n} errors: nothing was written. Correct the workbook, then run the simulation again.',
  'Ce classeur est endommagé : Excel ou LibreOffice peuvent le réparer, enregistrez-le puis importez-le à nouveau.':
    'This workbook is damaged: Excel or LibreOffice can repair it; save it, then import it again.',
  'La feuille « {sheet} » compte plus de {max} lignes : découpez l’import en plusieurs fichiers.':
    'The sheet “{sheet}” has more than {max} rows: split the import into several files.',
  'Ce classeur n’a aucune des feuilles de l’import ({list}) : partez du modèle ou de l’export du projet stratégique.':
    'This workbook has none of the import’s sheets ({list}): start from the template or from the strategic plan’s export.',
  'Ce fichier est protégé par un mot de passe ou au format Excel 97-2003 (.xls) : enregistrez-le sans mot de passe au format .xlsx.':
    'This file is password-protected or in the Excel 97-2003 format (.xls): save it without a password in the .xlsx format.',
  'Ce fichier n’est pas un classeur Excel (.xlsx).': 'This file is not an Excel workbook (.xlsx).',
  'Ce classeur est endommagé ou chiffré : il ne peut pas être lu.': 'This workbook is damaged or encrypted: it cannot be read.',
  'Ce fichier se décompresse en un volume démesuré par rapport à sa taille : il est refusé.':
    'This file decompresses to a volume out of all proportion to its size: it is refused.',
  'Envoyez un seul classeur (.xlsx), dans le champ « file » d’un formulaire multipart.': 'Send a single workbook (.xlsx), in the “file” field of a multipart form.',
  'Un seul fichier, dans le champ « file ».': 'A single file, in the “file” field.',
};

/** Indicators and measurements. */
const INDICATORS: EnglishCatalog = {
  'La date de la cible doit être une date réelle au format AAAA-MM-JJ.': 'The target date must be a real date in the YYYY-MM-DD format.',
  'Chaque cible intermédiaire est un objet { date, value }.': 'Each intermediate target is an object { date, value }.',
  'Au plus 50 cibles intermédiaires.': 'At most 50 intermediate targets.',
  'Les cibles intermédiaires sont une liste de { date, value }.': 'The intermediate targets are a list of { date, value }.',
  'La périodicité est month (mensuelle), quarter (trimestrielle) ou year (annuelle).': 'The periodicity is month, quarter or year.',
  'La source est limitée à 1 000 caractères.': 'The source is limited to 1,000 characters.',
  'La source doit être un texte.': 'The source must be a text.',
  'La définition est limitée à 10 000 caractères.': 'The definition is limited to 10,000 characters.',
  'La définition doit être un texte.': 'The definition must be a text.',
  'La période doit être une date réelle au format AAAA-MM-JJ.': 'The period must be a real date in the YYYY-MM-DD format.',
  'Indiquez l’axe, l’objectif ou l’action auquel l’indicateur est rattaché.': 'Give the axis, objective or action the indicator is attached to.',
  'Rattachement à préciser.': 'Attachment to specify.',
  'La date de la cible doit suivre la date de référence.': 'The target date must come after the baseline date.',
  'Date déjà utilisée.': 'Date already used.',
  'Deux cibles intermédiaires ne peuvent pas porter la même date.': 'Two intermediate targets cannot have the same date.',
  'Une cible intermédiaire tombe entre la date de référence et celle de la cible.': 'An intermediate target falls between the baseline date and the target date.',
  'Cet indicateur a déjà {count} : sa périodicité ne peut plus changer.': 'This indicator already has {count}: its periodicity can no longer change.',
  'Cet indicateur a déjà {count} : il ne peut plus cesser d’être mesuré par région.': 'This indicator already has {count}: it can no longer stop being measured by region.',
  'Cet indicateur a déjà {count} : il a un historique et ne peut pas être supprimé. Archivez plutôt le projet stratégique.':
    'This indicator already has {count}: it has a history and cannot be deleted. Archive the strategic plan instead.',
  'Le paramètre « region » doit être un code INSEE des 18 régions ou « national ».': 'The parameter “region” must be the INSEE code of one of the 18 regions, or “national”.',
  'Cet indicateur n’est pas mesuré par région.': 'This indicator is not measured by region.',
  'Indicateur national uniquement.': 'National indicator only.',
  'On ne mesure pas une période qui n’a pas commencé.': 'A period that has not begun cannot be measured.',
  'Période future.': 'Future period.',
  'Avant la valeur de référence.': 'Before the baseline value.',
  'La période précède la date de référence de l’indicateur.': 'The period is before the indicator’s baseline date.',
  'Le rattachement doit être un identifiant.': 'The attachment must be an identifier.',
  'Le rattachement est obligatoire.': 'The attachment is required.',
  'L’unité est obligatoire (ex. %, nombre, jours).': 'The unit is required (e.g. %, number, days).',
  'La valeur de référence est obligatoire.': 'The baseline value is required.',
  'La date de référence est obligatoire.': 'The baseline date is required.',
  'La cible est obligatoire.': 'The target is required.',
  'La date de la cible est obligatoire.': 'The target date is required.',
  'La périodicité est obligatoire.': 'The periodicity is required.',
  'Un indicateur est rattaché au plan, à un axe, à un objectif ou à une action (plan, axis, objective, action).':
    'An indicator is attached to the plan, an axis, an objective or an action (plan, axis, objective, action).',
  'La valeur est hors des limites admises.': 'The value is beyond the allowed limits.',
  'Le rattachement est un objet { kind, id }.': 'The attachment is an object { kind, id }.',
  'L’unité est limitée à 50 caractères.': 'The unit is limited to 50 characters.',
  'L’unité doit être un texte.': 'The unit must be a text.',
  'La date d’une cible intermédiaire doit être une date réelle au format AAAA-MM-JJ.': 'An intermediate target’s date must be a real date in the YYYY-MM-DD format.',
  'La valeur d’une cible intermédiaire doit être un nombre (4 décimales au plus).': 'An intermediate target’s value must be a number (4 decimals at most).',
  'La valeur de référence doit être un nombre (4 décimales au plus).': 'The baseline value must be a number (4 decimals at most).',
  'La date de référence doit être une date réelle au format AAAA-MM-JJ.': 'The baseline date must be a real date in the YYYY-MM-DD format.',
  'La cible doit être un nombre (4 décimales au plus).': 'The target must be a number (4 decimals at most).',
  'La valeur doit être un nombre (4 décimales au plus).': 'The value must be a number (4 decimals at most).',
  'La région doit être un code INSEE des 18 régions (ex. 53).': 'The region must be the INSEE code of one of the 18 regions (e.g. 53).',
};

/** Plans, axes and objectives. */
const PLANS: EnglishCatalog = {
  'Cet axe a déjà été validé pour une campagne : il a un historique et ne peut pas être supprimé. Archivez plutôt le projet stratégique.':
    'This axis has already been validated for a reporting cycle: it has a history and cannot be deleted. Archive the strategic plan instead.',
  'L’axe {number} contient encore {childList} : supprimez-les ou déplacez-les d’abord, un axe ne se supprime que vide.':
    'Axis {number} still holds {childList}: delete or move them first; an axis can only be deleted when empty.',
  'L’objectif {code} contient encore {childList} : déplacez-les ou supprimez-les d’abord (une action qui a un historique s’abandonne), un objectif ne se supprime que vide.':
    'Objective {code} still holds {childList}: move or delete them first (an action with a history is abandoned instead); an objective can only be deleted when empty.',
  // The pieces, as `refuseNonEmpty` receives them.
  'supprimez-les ou déplacez-les d’abord, un axe ne se supprime que vide.': 'delete or move them first; an axis can only be deleted when empty.',
  'déplacez-les ou supprimez-les d’abord (une action qui a un historique s’abandonne), un objectif ne se supprime que vide.':
    'move or delete them first (an action with a history is abandoned instead); an objective can only be deleted when empty.',
  '{what} contient encore {childList} : {advice}': '{what} still holds {childList}: {advice}',
  'L’état est « draft » (brouillon), « active » (en cours) ou « archived » (archivé).': 'The state is “draft”, “active” or “archived”.',
  'Ce projet stratégique n’existe pas.': 'This strategic plan does not exist.',
  'Projet stratégique introuvable.': 'Strategic plan not found.',
  'Un projet stratégique ne revient pas en arrière : « {from} » ne redevient pas « {to} ».': 'A strategic plan does not go back: “{from}” does not become “{to}” again.',
  'L’année de fin ne peut pas précéder l’année de début.': 'The end year cannot be before the start year.',
  'Ce projet stratégique est archivé : il se consulte mais ne se modifie plus (actions, points d’avancement, jalons, déploiements, commentaires, mesures, structure, indicateurs et campagnes).':
    'This strategic plan is archived: it can be read but no longer changed (actions, status updates, milestones, roll-outs, comments, measurements, structure, indicators and reporting cycles).',
  'Le sponsor de l’axe doit être un compte actif de la direction (ou de l’administration).': 'The axis’s sponsor must be an active director’s (or administrator’s) account.',
  'Le sponsor doit être un identifiant d’utilisateur.': 'The sponsor must be a user identifier.',
  'Un projet stratégique compte au plus {max} axes.': 'A strategic plan has at most {max} axes.',
  'Un axe compte au plus {max} objectifs.': 'An axis has at most {max} objectives.',
};

/** Regional roll-outs and roll-ups. */
const REGIONS_AND_ROLLUPS: EnglishCatalog = {
  'Ce déploiement a été modifié entre-temps (version {current}, vous aviez la version {expected}).':
    'This roll-out has been changed in the meantime (version {current}, you had version {expected}).',
  'Le commentaire de déploiement doit être un texte.': 'The roll-out comment must be a text.',
  'Le commentaire de déploiement est limité à 5 000 caractères.': 'The roll-out comment is limited to 5,000 characters.',
  'Aucun projet stratégique : précisez « plan ».': 'No strategic plan: give “plan”.',
  'La campagne « sinceCycle » doit être un identifiant de campagne (entier positif).': 'The cycle “sinceCycle” must be a reporting cycle identifier (positive whole number).',
  'Aucun axe figé dans cette campagne.': 'No axis frozen in this reporting cycle.',
  'La campagne {cycle} n’a encore aucun axe validé.': 'The reporting cycle {cycle} has no validated axis yet.',
  'La date « asOf » doit être une date réelle au format AAAA-MM-JJ.': 'The date “asOf” must be a real date in the YYYY-MM-DD format.',
  'Format attendu : AAAA-MM-JJ.': 'Expected format: YYYY-MM-DD.',
  'La date « {name} » doit être une date réelle au format AAAA-MM-JJ.': 'The date “{name}” must be a real date in the YYYY-MM-DD format.',
  'La date « {name} » ne peut pas être dans le futur.': 'The date “{name}” cannot be in the future.',
  'Comparez soit depuis une date (« since »), soit depuis une campagne (« sinceCycle »), pas les deux.':
    'Compare either since a date (“since”) or since a reporting cycle (“sinceCycle”), not both.',
  'Le nœud « node » doit valoir plan, axis:<id> ou objective:<id>.': 'The node “node” must be plan, axis:<id> or objective:<id>.',
};

/** User management. */
const USERS: EnglishCatalog = {
  'Le paramètre « role » doit valoir l’un de : {list}.': 'The parameter “role” must be one of: {list}.',
  'Le paramètre « unit » doit être un code de sous-direction ({list}).': 'The parameter “unit” must be a unit code ({list}).',
  'Le paramètre « active » vaut true ou false.': 'The parameter “active” is true or false.',
  'Le champ « active » vaut true ou false.': 'The field “active” is true or false.',
  'Le nom est obligatoire (200 caractères au plus).': 'The name is required (200 characters at most).',
  'Le rôle doit être l’un de : {list}.': 'The role must be one of: {list}.',
  'La sous-direction doit être l’une de : {list}.': 'The unit must be one of: {list}.',
  'La région doit être un code de région INSEE (ex. 53).': 'The region must be an INSEE region code (e.g. 53).',
  'Boussole doit garder au moins un·e administrateur·rice actif·ve : nommez-en un·e autre avant de désactiver ce compte ou de lui retirer ce rôle.':
    'Boussole must keep at least one active administrator: appoint another before deactivating this account or removing its role.',
  'Ce compte est désactivé : réactivez-le avant de lui envoyer un lien.': 'This account is deactivated: reactivate it before sending it a link.',
  'Ce compte a été modifié entre-temps (version {current}, vous aviez la version {expected}). Rechargez-le avant d’enregistrer.':
    'This account has been changed in the meantime (version {current}, you had version {expected}). Reload it before saving.',
  'Un·e chef·fe de projet est rattaché·e à une sous-direction : choisissez-la.': 'A project manager is attached to a unit: choose it.',
  'Un·e référent·e ARS est rattaché·e à une région : choisissez-la.': 'An ARS liaison is attached to a region: choose it.',
  'Le rôle «\u00a0{role}\u00a0» n’est rattaché à aucune sous-direction.': 'The role “{role}” is not attached to any unit.',
  'Le rôle «\u00a0{role}\u00a0» n’est rattaché à aucune région.': 'The role “{role}” is not attached to any region.',
};

/**
 * zxcvbn's French advice, as the password refusal quotes it after a colon (auth/password-policy.ts:
 * French quotation marks and apostrophes, a lower-case start, a full stop), and its English.
 */
const PASSWORD_HINTS: EnglishCatalog = Object.fromEntries(
  (
    [
      ['Les lignes droites de touches de votre clavier sont faciles à deviner', 'Straight rows of keys on your keyboard are easy to guess.'],
      ['Des motifs de clavier courts sont faciles à deviner', 'Short keyboard patterns are easy to guess.'],
      ["Les caractères répétés comme 'aaa' sont faciles à deviner", 'Repeated characters like “aaa” are easy to guess.'],
      ["Les caractères répétés comme 'abcabcabc' sont faciles à deviner", 'Repeated character patterns like “abcabcabc” are easy to guess.'],
      ["Des séquences de caractères communs comme 'abc' sont faciles à deviner", 'Common character sequences like “abc” are easy to guess.'],
      ['Les années récentes sont faciles à deviner.', 'Recent years are easy to guess.'],
      ['Les dates sont faciles à deviner.', 'Dates are easy to guess.'],
      ['Ce mot de passe est très utilisé.', 'This password is very widely used.'],
      ['Ce mot de passe est fréquemment utilisé.', 'This password is frequently used.'],
      ['Ce mot de passe est couramment utilisé.', 'This password is commonly used.'],
      ['Ce mot de passe est similaire à un mot de passe couramment utilisé.', 'This password is similar to a commonly used password.'],
      ['Les mots simples sont faciles à deviner.', 'Single words are easy to guess.'],
      ['Des noms ou des prénoms simples sont faciles à deviner.', 'Single names or first names are easy to guess.'],
      ['Les noms communs et les noms de famille sont faciles à deviner.', 'Common names and surnames are easy to guess.'],
      ['Le mot de passe ne doit pas comporter de données personnelles ou liées au site.', 'The password must not include personal or site-related data.'],
      ['Votre mot de passe a été divulgué suite à une violation de données sur Internet.', 'Your password was exposed in a data breach on the internet.'],
      ["Évitez les substitutions de lettres prévisibles comme '@' pour 'a'.", 'Avoid predictable letter substitutions like “@” for “a”.'],
      ['Évitez les orthographes inversées des mots courants', 'Avoid reversed spellings of common words.'],
      ['Mettez quelques lettres en majuscules, mais pas toutes.', 'Capitalise some letters, but not all.'],
      ['Utilisez des majuscules mais pas seulement sur la première lettre.', 'Capitalise more than the first letter.'],
      ['Évitez les dates et les années qui vous sont associées. (ex: date ou année de naissance)', 'Avoid dates and years associated with you (e.g. date or year of birth).'],
      ['Évitez les dernières années.', 'Avoid recent years.'],
      ['Évitez les années qui vous sont associées. (ex: date de naissance)', 'Avoid years associated with you (e.g. date of birth).'],
      ['Évitez les séquences de caractères courantes.', 'Avoid common character sequences.'],
      ['Évitez les mots et les caractères répétés.', 'Avoid repeated words and characters.'],
      ['Utilisez des motifs de clavier plus longs et changez de sens de frappe plusieurs fois.', 'Use longer keyboard patterns and change typing direction several times.'],
      ['Ajoutez des mots moins courants.', 'Add less common words.'],
      ['Utilisez plusieurs mots, mais évitez les phrases courantes.', 'Use several words, but avoid common phrases.'],
      ['Vous pouvez créer des mots de passe forts sans utiliser de symboles, de chiffres ou de lettres majuscules.', 'You can make strong passwords without symbols, digits or capital letters.'],
      ['Si vous utilisez ce mot de passe ailleurs, vous devriez le modifier.', 'If you use this password elsewhere, you should change it.'],
    ] as const
  ).map(([french, english]) => [quotedHint(french), lowerFirst(english)]),
);

function quotedHint(raw: string): string {
  const text = raw.replace(/'([^']+)'/g, '«\u00a0$1\u00a0»').replace(/'/g, '’').trim();
  return `${lowerFirst(text)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** Each status's name followed by a full stop: the message of a framework error the filter has no words for. */
const NAMES_AS_MESSAGES: EnglishCatalog = Object.fromEntries(
  Object.entries(HTTP)
    .filter(([french]) => !/[.:]/.test(french))
    .map(([french, english]) => [`${french}.`, `${english}.`]),
);

export const API_ENGLISH: EnglishCatalog = {
  ...HTTP,
  ...NAMES_AS_MESSAGES,
  ...RATE,
  ...DATABASE,
  ...NOUNS,
  ...FIELDS,
  ...ACTIONS,
  ...AUDIT,
  ...ACCOUNTS,
  ...COMMENTS,
  ...CYCLES,
  ...EXPORTS,
  ...IMPORTS,
  ...INDICATORS,
  ...PLANS,
  ...REGIONS_AND_ROLLUPS,
  ...USERS,
  ...PASSWORD_HINTS,
};
