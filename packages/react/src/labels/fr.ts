// `@roadmap-graph/react/labels/fr`: the French words of the map, a separate entry so that no
// page carries a language it does not show. French puts a no-break space (\u00a0) before : ? ;
// and inside « », and counts 0 and 1 in the singular (Intl.PluralRules says which).
import type { LabelFormat } from './LabelFormat.js';
import type { ProgressFileProblem, RoadmapLabels } from './RoadmapLabels.js';

/** `1 sujet`, `3 sujets`: a count and its noun, the plural by the language's rules. */
const count = (n: number, one: string, many: string, { number, plural }: LabelFormat): string =>
  `${number(n)} ${plural(n) === 'one' ? one : many}`;

const topicsDone = (done: number, total: number, f: LabelFormat): string =>
  `${count(done, 'sujet terminé', 'sujets terminés', f)} sur ${f.number(total)}`;

const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;

function progressFileProblem(problem: ProgressFileProblem): string {
  const notAFile = 'Ce n’est pas un fichier de progression\u00a0:';
  switch (problem.kind) {
    case 'not-text':
      return 'Le fichier de progression n’a pas pu être lu comme du texte.';
    case 'too-large':
      return `Ce fichier est trop volumineux pour être un fichier de progression (plus de ${problem.megabytes}\u00a0Mo).`;
    case 'not-json':
      return `${notAFile} ce n’est pas du JSON valide.`;
    case 'not-object':
      return `${notAFile} un objet avec ${quoted('roadmap')}, ${quoted('version')} et ${quoted('progress')} était attendu.`;
    case 'missing-fields':
      return `${notAFile} ${quoted('roadmap')} et ${quoted('progress')} manquent.`;
    case 'version':
      return `Version de fichier de progression non prise en charge (${problem.found})\u00a0: cette page lit la version ${problem.supported}.`;
    case 'other-roadmap':
      return `Cette progression concerne la feuille de route ${problem.found}, pas ${quoted(problem.expected)}.`;
    case 'not-progress':
      return `Le champ ${quoted('progress')} de ce fichier n’est pas un objet d’états de sujets.`;
  }
}

/**
 * The map in French: a complete {@link RoadmapLabels}, to pass as `labels` with `lang="fr"`.
 *
 * @example
 * import { frenchLabels } from '@roadmap-graph/react/labels/fr';
 * <RoadmapGraph roadmap={roadmap} labels={frenchLabels} lang="fr" />
 */
export const frenchLabels: RoadmapLabels = {
  skipPast: 'Passer la feuille de route',
  endOf: (title) => `Fin de la feuille de route ${title}`,
  checking: 'Vérification de la feuille de route…',
  layingOut: 'Mise en page de la feuille de route…',
  dismiss: 'Fermer',
  missingTopic: (id) => `Le lien mène à un sujet absent de cette feuille de route\u00a0: ${quoted(id)}.`,
  sharedProgress: (done, total, f) =>
    `Vous consultez une progression partagée\u00a0: ${topicsDone(done, total, f)}. Elle est en lecture seule, et votre propre progression reste inchangée.`,
  backToMyProgress: 'Revenir à ma progression',
  sharedForOtherRoadmap:
    'Ce lien de progression a été créé pour une autre version de cette feuille de route\u00a0; il ne peut pas être affiché. Votre propre progression est affichée.',
  sharedDamaged: 'Ce lien de progression est endommagé\u00a0; il ne peut pas être affiché. Votre propre progression est affichée.',
  progressChanged: (title, state, done, total, f) => `${title}\u00a0: ${state.toLocaleLowerCase('fr')}. ${topicsDone(done, total, f)}.`,
  progressWasReset: 'Progression réinitialisée\u00a0: plus aucun sujet n’est marqué.',
  progressImported: (done, f) => `Progression importée\u00a0: ${count(done, 'sujet terminé', 'sujets terminés', f)}.`,

  states: { done: 'Terminé', 'in-progress': 'En cours', skipped: 'Ignoré' },
  nextUp: 'À suivre',
  notStarted: 'Pas commencé',
  levels: { beginner: 'Débutant', intermediate: 'Intermédiaire', advanced: 'Avancé' },
  optional: 'Facultatif',
  pickOne: 'au choix',
  doneOfTotal: (done, total, f) => `${f.number(done)} sur ${f.number(total)} ${f.plural(done) === 'one' ? 'terminé' : 'terminés'}`,
  topicsDone,
  alternativesNote: 'Au choix\u00a0: prenez-en un.',

  toolbar: 'Outils de la feuille de route',
  searchTopics: 'Rechercher un sujet',
  matchingTopics: 'Sujets correspondants',
  noMatches: 'Aucun résultat',
  matchPosition: (position, total, f) => `${f.number(position)} sur ${f.number(total)}`,
  matchReason: (field, text) => `${field === 'tag' ? 'étiquette' : 'ressource'}\u00a0: ${text}`,
  moreMatches: (more, f) => `et ${f.number(more)} de plus\u00a0: précisez la recherche`,
  progressValue: (done, total, f) => `${topicsDone(done, total, f)} (${f.percent(total === 0 ? 0 : done / total)})`,
  progressUnsaved: 'Ce navigateur ne conserve pas votre progression\u00a0: elle sera perdue quand vous quitterez la page. Exportez-la pour la garder.',
  resetProgress: 'Réinitialiser la progression',
  confirmReset: 'Confirmer la réinitialisation',
  resetQuestion: 'Réinitialiser toute la progression\u00a0?',
  reset: 'Réinitialiser',
  cancel: 'Annuler',
  exportProgress: 'Exporter la progression',
  exportFailed: (reason) => `Impossible d’exporter la progression\u00a0: ${reason}`,
  importProgress: 'Importer une progression',
  importFile: 'Fichier de progression à importer',
  confirmImport: 'Confirmer l’import',
  importQuestion: (changes, f) =>
    `Remplacer votre progression par celle du fichier\u00a0? ${count(changes, 'sujet changerait', 'sujets changeraient', f)}.`,
  replace: 'Remplacer',
  imported: (n, ignored, f) =>
    `Progression importée pour ${count(n, 'sujet', 'sujets', f)}.` +
    (ignored === 0
      ? ''
      : ` ${count(ignored, 'entrée à l’état inconnu a été ignorée', 'entrées à l’état inconnu ont été ignorées', f)}.`),
  importedNothing: (file, ignored, f) =>
    `Rien n’a été importé\u00a0: ${file} ne contient aucune progression${
      ignored > 0 ? ` (${count(ignored, 'entrée à l’état inconnu ignorée', 'entrées à l’état inconnu ignorées', f)})` : ''
    }. Votre progression est inchangée.`,
  importedSame: (file) => `${file} contient déjà votre progression\u00a0: rien n’a changé.`,
  importFailed: (file, reason) => `Impossible d’importer ${file}\u00a0: ${reason}`,
  progressFileProblem,
  shareProgress: 'Partager la progression',
  linkCopied: 'Lien copié. Quiconque l’ouvre voit votre progression, en lecture seule\u00a0; il ne contient rien d’autre.',
  copyLink: 'Copiez ce lien\u00a0: quiconque l’ouvre voit votre progression, en lecture seule\u00a0; il ne contient rien d’autre.',
  linkField: 'Lien vers votre progression',
  outline: 'Plan',
  menuButton: 'sujets terminés\u00a0: progression et plan',
  menu: 'Progression et plan',

  map: (title) => `${title}\u00a0: carte`,
  mapHelp: (canMark) =>
    `Les sujets sont des boutons dans l’ordre d’apprentissage\u00a0: Tab passe au suivant, les flèches au plus proche dans leur direction, Entrée ou Espace l’ouvre${
      canMark ? ', D le marque comme terminé (ou plus)' : ''
    }. Zoomez avec Ctrl ou Cmd et la molette, en pinçant, ou avec les boutons de zoom sous la carte.`,
  overview: 'Vue d’ensemble de la feuille de route',
  or: 'ou',
  touchHint: 'Utilisez deux doigts pour déplacer la carte',
  wheelHint: (key) => `Faites glisser pour déplacer la carte · ${key} + molette pour zoomer`,
  mapControls: 'Commandes de la carte',
  zoomOut: 'Zoom arrière',
  zoomIn: 'Zoom avant',
  fit: 'Afficher toute la feuille de route',
  showOutline: 'Afficher le plan',
  section: 'Section',
  prerequisiteCount: (n, f) => `${f.number(n)} prérequis`,
  subtopicCount: (n, f) => count(n, 'sous-sujet', 'sous-sujets', f),
  alternative: 'alternative',
  activeMatch: 'résultat de recherche actuel',
  match: 'résultat de recherche',
  markDone: (title) => `Marquer ${title} comme terminé`,
  markDoneHint: 'Marquer comme terminé',
  clearHint: (state) => `${state}\u00a0: appuyez pour annuler`,

  legend: 'Légende',
  nextSection: 'Section suivante',
  prerequisite: 'Prérequis',
  optionalTopic: 'Sujet facultatif',
  alternatives: (chip) => ['Alternatives\u00a0: ', chip, `, reliées par ${quoted('ou')}`],

  backToMap: 'Retour à la carte',
  closePanel: 'Fermer le panneau',
  topicNotFound: 'Sujet introuvable',
  noSuchTopic: (id) => `Cette feuille de route n’a aucun sujet d’identifiant ${quoted(id)}.`,
  aboutSection: 'À propos de cette section',
  aboutTopic: 'À propos de ce sujet',
  subtopic: 'Sous-sujet',
  inProgressCount: (n, f) => `${count(n, 'sujet', 'sujets', f)} en cours`,
  alternativeIn: (choice) => `Alternative\u00a0: à choisir dans ${choice}`,
  partOf: 'Fait partie de',
  sectionMark: '(section)',
  yourProgress: 'Votre progression',
  skip: 'Ignorer',
  topics: 'Sujets',
  subtopics: 'Sous-sujets',
  prerequisites: 'Prérequis',
  unlocks: 'Débloque',
  resources: 'Ressources',
  resourceTypes: {
    official: 'Officiel',
    docs: 'Docs',
    article: 'Article',
    video: 'Vidéo',
    course: 'Cours',
    book: 'Livre',
    podcast: 'Podcast',
    tool: 'Outil',
    opensource: 'Open source',
  },
  resourceGroups: {
    official: 'Officiel',
    docs: 'Documentation',
    article: 'Articles',
    video: 'Vidéos',
    course: 'Cours',
    book: 'Livres',
    podcast: 'Podcasts',
    tool: 'Outils',
    opensource: 'Open source',
  },
  otherResources: 'Autre',
  paid: 'Payant',
  newTab: '(s’ouvre dans un nouvel onglet)',

  showOnMap: 'Voir sur la carte',
  showOnMapName: (title) => `Voir sur la carte\u00a0: ${title}`,
  requires: (list) => `Prérequis\u00a0: ${list}`,
  resourcesFor: (title) => `Ressources pour ${title}`,
  alternativeInOutline: (choice) => `alternative dans ${choice}`,

  problems: (n, f) => `${count(n, 'problème', 'problèmes', f)} dans cette feuille de route`,
  notShown: 'La feuille de route n’a pas pu être affichée',
  loading: 'Chargement de la feuille de route…',
  noData:
    'Aucune feuille de route à afficher pour l’instant\u00a0: donnez à cet élément un attribut src, un enfant <script type="application/json"> ou <script type="text/markdown">, ou définissez sa propriété roadmap.',
  crashed: (message) => `la carte s’est arrêtée sur une erreur\u00a0: ${message}`,
};
