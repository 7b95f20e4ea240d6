/**
 * Every message of the checks, in plain French: what was found, what is expected, what to do, and the
 * cell concerned. One place, so that wording stays consistent and a translation can be added.
 */

const q = (s: string): string => `« ${s} »`;
const cellRef = (cell: string): string => `cellule ${cell}`;
const listPreview = (items: readonly string[]): string =>
  items.length <= 12 ? ` Choix possibles : ${items.map(q).join(", ")}.` : " Choisissez-la dans la liste déroulante de la cellule.";
const WHERE_POSSIBLE =
  "Le RGPD la demande « dans la mesure du possible », et SESAN l'attend dans chaque fiche.";

export const fr = {
  // ------------------------------------------------------------------------------------ organisation
  orgControllerMissing: (cell: string): string =>
    `Le nom du responsable de l'organisme n'est pas renseigné (${cellRef(cell)}). Le registre doit dire qui est responsable des traitements (article 30 du RGPD) : écrivez le nom de la CPTS (ou de son représentant légal).`,
  orgContactMissing: (cell: string): string =>
    `Aucune coordonnée de l'organisme n'est renseignée (adresse, courriel ou téléphone ; ${cellRef(cell)}). Le registre doit permettre de contacter le responsable : indiquez au moins son adresse ou son courriel.`,
  orgDpoContactMissing: (cell: string): string =>
    `Un délégué à la protection des données (DPO) est nommé, mais sans courriel ni téléphone (${cellRef(cell)}). Indiquez comment le joindre : ses coordonnées figurent dans le registre et dans les mentions d'information.`,

  // ------------------------------------------------------------------------------- fiche minimum
  ficheNameMissing: (cell: string): string =>
    `Cette feuille est remplie mais le nom du traitement est vide (${cellRef(cell)}). Chaque fiche doit porter le nom de l'activité qu'elle décrit : écrivez-le (ex. ${q("Accès à un médecin traitant")}).`,
  ficheRefMissing: (cell: string): string =>
    `Le numéro / la référence de la fiche est vide (${cellRef(cell)}). Il relie la fiche à sa ligne de l'onglet « Liste des traitements » : donnez-lui une référence unique (ex. ${q("ref-002")}).`,
  fichePurposeMissing: (cell: string): string =>
    `La finalité principale n'est pas indiquée (${cellRef(cell)}). Le RGPD demande de dire à quoi sert le traitement : décrivez son objectif en une phrase (ex. ${q("Faciliter l'accès à un médecin traitant")}).`,
  /** `patientItem`: the workbook's own list item for patients (our template's), null when its list has none (the CNIL's). */
  fichePersonsMissing: (cell: string, patientItem: string | null): string =>
    `Aucune catégorie de personnes concernées n'est indiquée (${cellRef(cell)}). Le registre doit dire de qui sont les données : choisissez au moins une catégorie dans la liste (ex. ${
      patientItem ? `${q(patientItem)}, ${q("Salariés")}` : `${q("Salariés")}, ou ${q("Autres (préciser)")} avec ${q("Patients")} dans la précision`
    }).`,
  ficheDataMissing: (cell: string): string =>
    `Aucune catégorie de données n'est décrite (${cellRef(cell)}). Le registre doit dire quelles données sont traitées : décrivez au moins une catégorie (ex. ${q("Nom, prénom, téléphone")} sur la ligne état civil).`,
  ficheRetentionMissing: (cell: string, label: string): string =>
    `La durée de conservation des données ${q(label)} n'est pas indiquée (${cellRef(cell)}). ${WHERE_POSSIBLE} Écrivez combien de temps ces données sont gardées et à partir de quand (ex. ${q("5 ans après le départ du salarié")}).`,
  ficheRecipientsMissing: (cell: string): string =>
    `Aucun destinataire n'est indiqué (${cellRef(cell)}). Le registre doit dire qui accède aux données : choisissez au moins un type de destinataire (ex. ${q("Service interne qui traite les données")}) et précisez lequel.`,
  ficheMeasuresMissing: (cell: string): string =>
    `Aucune mesure de sécurité n'est indiquée (${cellRef(cell)}). La description des mesures de sécurité est demandée « dans la mesure du possible » par le RGPD, et SESAN l'attend dans chaque fiche : choisissez au moins une mesure (ex. ${q("Contrôle d'accès des utilisateurs")}) et précisez-la.`,
  ficheDetailMissing: (cell: string, value: string): string =>
    `${q(value)} est choisi mais la précision est vide (${cellRef(cell)}). Ce choix demande de préciser : écrivez de quoi il s'agit dans la colonne « Précisions ».`,
  ficheChoiceMissing: (cell: string, detail: string): string =>
    `Une précision est écrite (${q(detail)}) mais le type n'est pas choisi (${cellRef(cell)}). Choisissez le type dans la liste déroulante de la cellule, en gardant votre précision.`,
  ficheDescriptionMissing: (cell: string, label: string): string =>
    `Une durée de conservation est donnée pour ${q(label)} mais les données ne sont pas décrites (${cellRef(cell)}). Décrivez les données concernées, ou effacez la durée si cette catégorie n'est pas utilisée.`,

  // -------------------------------------------------------------------------------------- dropdowns
  notInList: (cell: string, value: string, items: readonly string[]): string =>
    `${q(value)} ne fait pas partie de la liste de cette cellule (${cellRef(cell)}). La valeur doit être l'un des choix de la liste, pour que le registre se lise de la même façon partout.${listPreview(items)}`,
  nearMiss: (cell: string, value: string, item: string): string =>
    `${q(value)} ressemble à l'élément de liste ${q(item)} mais ne s'écrit pas exactement pareil (majuscules, accents ou espaces ; ${cellRef(cell)}). Remplacez-le par l'élément exact de la liste.`,
  nearMissOtherName: (cell: string, value: string, item: string): string =>
    `${q(value)} désigne l'élément de liste ${q(item)} mais ne s'écrit pas comme lui (${cellRef(cell)}). Remplacez-le par l'élément exact de la liste, pour que le registre se lise de la même façon partout.`,
  countryNotInOldList: (cell: string, value: string): string =>
    `${q(value)} n'est pas dans la liste des pays du classeur (${cellRef(cell)}), qui est ancienne ; ce pays bénéficie pourtant aujourd'hui d'une décision d'adéquation de la Commission européenne. Vous pouvez le garder ; pensez à mettre à jour la liste des pays du classeur.`,
  nearMissFixLabel: (item: string): string => `Remplacer par ${q(item)}`,
  nearMissFixTitle: (item: string, sheet: string, cell: string): string => `Remplacer par ${q(item)} (${sheet}, ${cell})`,

  // -------------------------------------------------------------------------------------- retention
  retentionUnlimited: (cell: string, value: string): string =>
    `La durée de conservation ${q(value)} ne fixe aucune limite (${cellRef(cell)}). Les données ne peuvent pas être gardées sans limite : fixez une durée, ou le critère qui la fixe (ex. ${q("3 ans après le dernier contact")}), puis la suppression ou l'archivage.`,
  retentionBareNumber: (cell: string, value: string): string =>
    `La durée de conservation ${q(value)} est un nombre seul (${cellRef(cell)}) : on ne sait ni l'unité ni le point de départ. Écrivez-la en toutes lettres (ex. ${q(`${value} ans après la fin de l'adhésion`)}).`,

  // -------------------------------------------------------------------------------------- transfers
  transferCountryMissing: (cell: string): string =>
    `Un transfert hors de l'Union européenne est décrit sans pays (${cellRef(cell)}). Le registre doit nommer le pays de destination : choisissez-le dans la liste.`,
  transferGuaranteeMissing: (cell: string): string =>
    `Un transfert hors de l'Union européenne est décrit sans garantie (${cellRef(cell)}). Tout transfert doit reposer sur une garantie (décision d'adéquation, clauses contractuelles types…) : choisissez-la dans la liste.`,
  transferPrivacyShield: (cell: string): string =>
    `La garantie ${q("Privacy shield")} n'est plus valable (${cellRef(cell)}) : la Cour de justice de l'Union européenne l'a annulée le 16 juillet 2020 (arrêt Schrems II). Pour les États-Unis, vérifiez que le destinataire est certifié « EU-US Data Privacy Framework », sinon signez des clauses contractuelles types.`,
  transferNotAdequate: (cell: string, country: string): string =>
    `La garantie « pays adéquat » est choisie pour ${q(country)}, qui n'a pas de décision d'adéquation de la Commission européenne aujourd'hui (${cellRef(cell)}). Le transfert doit reposer sur une autre garantie : choisissez par exemple les clauses contractuelles types, et joignez le contrat.`,
  transferZoneOutdated: (cell: string, country: string): string =>
    `La liste du classeur indique ${q(country)} comme « adéquat », mais ce pays n'est pas (ou plus) sur la liste actuelle de la Commission européenne (${cellRef(cell)}). La liste du classeur est ancienne : vérifiez la garantie de ce transfert (ex. clauses contractuelles types).`,
  transferUsDpf: (cell: string): string =>
    `Les États-Unis ne sont « adéquats » que pour les organismes certifiés « EU-US Data Privacy Framework » (${cellRef(cell)}). Vérifiez que le destinataire figure sur la liste des organismes certifiés (dataprivacyframework.gov) et notez-le dans la documentation ; sinon, signez des clauses contractuelles types.`,
  transferPartialAdequacy: (cell: string, country: string, note: string): string =>
    `L'adéquation de ${q(country)} ne vaut que ${note} (${cellRef(cell)}). Vérifiez que le destinataire est bien dans ce cas, sinon choisissez une autre garantie.`,
  recipientAbroadWithoutTransfer: (cell: string): string =>
    `Un destinataire situé dans un pays tiers est indiqué (${cellRef(cell)}), mais aucun transfert hors UE n'est décrit. Remplissez la section « Transferts hors UE » : destinataire, pays et garantie.`,

  // ----------------------------------------------------------------------------------------- health
  hdsMissing: (cell: string): string =>
    `Ce traitement porte sur des données de santé et confie des données à un sous-traitant dont la précision ne mentionne pas « HDS » (${cellRef(cell)}). L'hébergement de données de santé pour le compte d'autrui demande un hébergeur certifié HDS (art. L.1111-8 du code de la santé publique) : vérifiez sa certification et écrivez « HDS » dans la précision.`,
  nirPurpose: (cell: string): string =>
    `Le numéro de sécurité sociale (NIR) est collecté sans que son usage soit indiqué (${cellRef(cell)}). Son utilisation est encadrée : précisez pourquoi il est nécessaire (ex. ${q("paie et déclarations sociales (DSN)")} ou ${q("identification des patients par l'INS")}), ou cessez de le collecter.`,
  dpoMissing: (cell: string): string =>
    `Des données de santé sont traitées et aucun délégué à la protection des données (DPO) n'est indiqué (${cellRef(cell)}). SESAN estime qu'un DPO n'est pas obligatoire pour une CPTS, mais il peut vous aider (DPO interne, externe ou mutualisé) ; s'il y en a un, indiquez ses coordonnées ici.`,

  // ------------------------------------------------------------------------------------ consistency
  lineWithoutFiche: (cell: string, ref: string): string =>
    `La ligne de référence ${q(ref)} de la liste des traitements ne correspond à aucune fiche (${cellRef(cell)}). Chaque ligne doit avoir sa fiche : créez la fiche, corrigez la référence, ou supprimez la ligne si le traitement n'existe plus.`,
  lineRefMissing: (cell: string, name: string): string =>
    `La ligne ${q(name)} de la liste des traitements n'a pas de référence (${cellRef(cell)}). La référence relie la ligne à sa fiche : recopiez le « N° / RÉF » de la fiche.`,
  lineRefFixLabel: (ref: string): string => `Écrire la référence ${q(ref)}`,
  ficheNotListed: (cell: string, name: string): string =>
    `La fiche ${q(name)} n'apparaît pas dans l'onglet « Liste des traitements » (sa référence est en ${cellRef(cell)}). Chaque fiche doit y avoir sa ligne : ajoutez-la (nom, référence, dates, finalité, données sensibles).`,
  ficheNotListedFixLabel: "Ajouter la ligne dans la liste des traitements",
  ficheNotListedFixTitle: (name: string): string => `Ajouter ${q(name)} à la liste des traitements`,
  sensitiveMismatch: (cell: string, value: string, sheet: string): string =>
    `La colonne « Données sensibles ? » indique ${value === "" ? "rien" : q(value)} (${cellRef(cell)}), alors que la fiche ${q(sheet)} décrit des données sensibles (santé, opinions, etc.). Écrivez « Oui ».`,
  sensitiveFixLabel: "Écrire « Oui »",
  sensitiveFixTitle: (sheet: string, cell: string): string => `Écrire « Oui » dans « Données sensibles ? » (${sheet}, ${cell})`,
  lineNameDiffers: (cell: string, lineName: string, ficheName: string): string =>
    `Le nom ${q(lineName)} de la liste des traitements diffère de celui de la fiche, ${q(ficheName)} (${cellRef(cell)}). Gardez le même nom aux deux endroits.`,
  lineNameFixLabel: (name: string): string => `Écrire ${q(name)}`,
  duplicateRef: (cell: string, ref: string, other: string): string =>
    `La référence ${q(ref)} est déjà celle de la fiche ${q(other)} (${cellRef(cell)}). Chaque fiche doit avoir sa propre référence : donnez-en une nouvelle à celle-ci, et reportez-la dans la liste des traitements.`,
  duplicateLine: (cell: string, ref: string, row: number): string =>
    `La référence ${q(ref)} figure déjà ligne ${row} de la liste des traitements (${cellRef(cell)}). Gardez une seule ligne par fiche.`,
  noFiche: (cell: string): string =>
    `Le registre ne contient encore aucune fiche remplie (${cellRef(cell)}). Il doit décrire au moins un traitement : dupliquez le modèle de fiche (ou utilisez « Nouvelle fiche ») et remplissez-la.`,
  unusedCopy: (cell: string): string =>
    `Cette feuille est une copie vide du modèle de fiche (nom du traitement vide, ${cellRef(cell)}). Remplissez-la, ou supprimez-la pour garder le registre lisible.`,
  modelFilled: (cell: string): string =>
    `Le modèle de fiche a été rempli directement (${cellRef(cell)}). Cette fiche compte, mais il n'y a plus de modèle vierge pour les suivantes : gardez une copie vierge du modèle, ou renommez cette feuille et remettez un modèle vierge.`,

  // ------------------------------------------------------------------------------------------ legal
  basisMissing: (cell: string, hasRow: boolean): string =>
    hasRow
      ? `La base légale du traitement n'est pas indiquée (${cellRef(cell)}). Elle est nécessaire aux mentions d'information des personnes : choisissez-la dans la liste (pour les missions de la CPTS, souvent ${q("Mission d'intérêt public (art. 6.1.e)")}).`
      : `Aucune base légale n'est indiquée, et cette fiche n'a pas de ligne pour elle. Elle est nécessaire aux mentions d'information des personnes : écrivez-la par exemple dans une sous-finalité (${cellRef(cell)}), comme ${q("Base légale : mission d'intérêt public (art. 6.1.e)")}.`,
  art9Missing: (cell: string, hasRow: boolean): string =>
    hasRow
      ? `La fiche décrit des données sensibles, mais l'exception de l'article 9 qui permet de les traiter n'est pas indiquée (${cellRef(cell)}). Choisissez-la dans la liste (pour le soin, souvent ${q("Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)")}).`
      : `La fiche décrit des données sensibles, mais l'exception de l'article 9 qui permet de les traiter n'est indiquée nulle part. Écrivez-la par exemple dans une sous-finalité (${cellRef(cell)}), comme ${q("Exception art. 9 : prise en charge sanitaire (art. 9.2.h)")}.`,

  // -------------------------------------------------------------------------------------- freshness
  stale: (cell: string, date: string): string =>
    `Cette fiche n'a pas été mise à jour depuis le ${date}, il y a plus de 12 mois (${cellRef(cell)}). Relisez-la avec les personnes concernées, corrigez ce qui a changé, puis inscrivez la date du jour.`,
  dateUnreadable: (cell: string, text: string): string =>
    `${q(text)} n'est pas une date lisible (${cellRef(cell)}). Écrivez la date sous la forme jj/mm/aaaa (ex. 15/03/2026).`,
  dateMissing: (cell: string): string =>
    `Aucune date de création ni de mise à jour n'est indiquée (${cellRef(cell)}). Datez la fiche : cela montre que le registre est tenu à jour.`,
  dateOrder: (cell: string): string =>
    `La date de mise à jour est antérieure à la date de création (${cellRef(cell)}). Vérifiez les deux dates.`,
  dateFuture: (cell: string, date: string): string =>
    `La date ${date} est dans le futur (${cellRef(cell)}). Vérifiez-la (format jj/mm/aaaa).`,

  // -------------------------------------------------------------------------------------- structure
  listTabMissing: (cell: string): string =>
    `L'onglet « Liste des traitements » est introuvable dans ce classeur (constat signalé sur cette feuille, ${cellRef(cell)}). Le registre se compose de cette liste et des fiches : rétablissez l'onglet, avec un nom contenant « Liste des traitements », pour que l'organisme et les lignes des fiches puissent être vérifiés.`,
  modelMissing: (cell: string): string =>
    `Le classeur n'a plus de modèle de fiche vierge (${cellRef(cell)}). Gardez un onglet « Modèle de fiche de registre » vierge pour créer les fiches suivantes.`,
  blockMissing: (cell: string, block: string): string =>
    `La section ${q(block)} est introuvable dans cette fiche (${cellRef(cell)}) : son titre a peut-être été modifié ou supprimé. Rétablissez le titre de la section tel qu'il est dans le modèle, pour que la fiche puisse être vérifiée.`,

  // ------------------------------------------------------------------------------------------- aipd
  aipdRequired: (cell: string): string =>
    `Ce traitement porte sur des données de santé de personnes autres que les salariés (patients, usagers… ; ${cellRef(cell)}) : une analyse d'impact (AIPD) est requise avant de le mettre en œuvre. Si elle est faite, gardez-la avec le registre ; sinon, SESAN peut vous accompagner.`,
  aipdToExamine: (cell: string): string =>
    `Ce traitement porte sur des données sensibles ou sur le NIR (${cellRef(cell)}) : examinez s'il faut une analyse d'impact (AIPD), par exemple s'il concerne beaucoup de personnes ou des personnes vulnérables.`,
};

/** Block names, as the model titles them, for messages. */
export const blockTitles = {
  persons: "Catégories de personnes concernées",
  recipients: "Destinataires",
  measures: "Mesures de sécurité",
  dataCategories: "Catégories de données personnelles concernées",
  sensitiveData: "Données sensibles",
  transfers: "Transferts hors UE",
  subPurposes: "Finalité(s) du traitement effectué",
} as const;

/** Short labels of the article 30 minimum, for the completeness score (RGPD.MANQUES). */
export const completenessLabels = {
  name: "nom du traitement",
  ref: "référence",
  purpose: "finalité principale",
  persons: "catégories de personnes",
  data: "catégories de données",
  retention: "durées de conservation",
  recipients: "destinataires",
  measures: "mesures de sécurité",
} as const;
