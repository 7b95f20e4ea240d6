/**
 * Tab 1 of our template: the tutorial and FAQ, written by us in French from the reference
 * (CNIL register model, the CNIL/Bpifrance "4 étapes" guide, art. 30/33/34/35/37 GDPR, the SESAN
 * presentation to the CPTS). Pure data: `template.ts` lays it out in columns A:B.
 */
import type { TabRole } from "../../register";

export type TutorialBlock =
  /** The big title of row 1. */
  | { kind: "title"; text: string }
  /** Plain paragraph. */
  | { kind: "text"; text: string }
  /** A link to a page of the CNIL (clickable cell, not a formula). */
  | { kind: "link"; text: string; url: string }
  /** A section band ("Composition du document"). */
  | { kind: "section"; text: string }
  /** A coloured band naming a tab, linked to it. */
  | { kind: "tab"; text: string; target: TabRole }
  /** A question of the FAQ, bold. */
  | { kind: "question"; text: string }
  /** An empty, thin row. */
  | { kind: "spacer" };

export const TUTORIAL_TITLE = "Registre des traitements de la CPTS - Tutoriel et questions fréquentes";

export const TUTORIAL: TutorialBlock[] = [
  { kind: "title", text: TUTORIAL_TITLE },
  { kind: "spacer" },
  {
    kind: "text",
    text:
      "Ce classeur est le registre des activités de traitement de votre CPTS (article 30 du RGPD). Il reprend le modèle " +
      "de registre simplifié proposé par la CNIL, complété pour les CPTS : listes déroulantes à jour (pays reconnus " +
      "adéquats, garanties pour les transferts, bases légales, exceptions de l'article 9, catégories propres aux CPTS) " +
      "et exemple de fiche d'une CPTS.\n" +
      "Le registre est constitué d'une liste des traitements (onglet 2) et d'au moins une fiche de registre par " +
      "traitement (une copie de l'onglet 3 par activité). Centralisé et tenu à jour, il répond à l'obligation de tenir " +
      "un registre et vous permet d'identifier les actions à mener pour être en conformité.",
  },
  {
    kind: "link",
    text: "► Le registre des activités de traitement, sur le site de la CNIL",
    url: "https://www.cnil.fr/fr/RGDP-le-registre-des-activites-de-traitement",
  },
  {
    kind: "link",
    text: "► Guide pratique de sensibilisation au RGPD (CNIL et Bpifrance) : les 4 étapes",
    url: "https://www.cnil.fr/sites/default/files/atoms/files/bpi-cnil-rgpd_guide-tpe-pme.pdf",
  },
  { kind: "spacer" },

  { kind: "section", text: "Composition du document" },
  { kind: "spacer" },
  { kind: "tab", text: '► Onglet 1 "Tutoriel et questions fréquentes"', target: "tutorial" },
  { kind: "text", text: "Cette page : le mode d'emploi du registre et les réponses aux questions les plus fréquentes." },
  { kind: "tab", text: '► Onglet 2 "Liste des traitements"', target: "list" },
  {
    kind: "text",
    text:
      "En haut, les coordonnées de la CPTS (responsable du traitement, représentant s'il y a lieu, délégué à la protection " +
      "des données s'il y en a un). En dessous, une ligne par traitement : nom, référence (N° / RÉF), dates, finalité et " +
      "« Données sensibles ? » (Oui/Non). La référence relie chaque ligne à sa fiche : elle doit être la même des deux côtés.",
  },
  { kind: "tab", text: '► Onglet 3 "Modèle de fiche de registre"', target: "model" },
  {
    kind: "text",
    text:
      "Le modèle vierge d'une fiche. Créez et tenez à jour une fiche par activité : faites une copie de ce modèle pour " +
      "chaque traitement (voir « Comment ajouter une fiche ? ») et gardez-le vierge pour les fiches suivantes. " +
      "Les cellules bleu clair avec « Sélectionnez un élément… » sont des listes déroulantes.",
  },
  { kind: "tab", text: '► Onglet 4 "Exemple de fiche de registre"', target: "example" },
  {
    kind: "text",
    text:
      "Un exemple de fiche d'une CPTS, fictif : inspirez-vous-en pour la mise en page et le niveau de détail, mais ne le " +
      "recopiez pas tel quel, adaptez-le à votre traitement.",
  },
  { kind: "tab", text: '► Onglet 5 "Liste déroulante"', target: "lists" },
  {
    kind: "text",
    text:
      "Les listes qui alimentent les menus déroulants des fiches (catégories de personnes, destinataires, mesures de " +
      "sécurité, pays, garanties, Oui/Non, bases légales, exceptions de l'article 9, durées de conservation). La colonne " +
      "« Zone » indique les pays reconnus adéquats par la Commission européenne à la date du modèle. Ne supprimez pas " +
      "la ligne 2 (« Sélectionnez un élément… »). Si aucun élément ne convient, choisissez « Autre (préciser) » et " +
      "précisez dans la colonne « Précisions » de la fiche.",
  },
  { kind: "spacer" },

  { kind: "section", text: "Les 4 étapes de la CNIL pour se mettre en conformité" },
  { kind: "spacer" },
  { kind: "question", text: "Étape 1 - Recensez vos traitements" },
  {
    kind: "text",
    text:
      "Listez les activités de la CPTS qui utilisent des données personnelles (onglet 2) et remplissez une fiche par " +
      "activité : finalité, catégories de données, personnes concernées, destinataires, durées de conservation, mesures " +
      "de sécurité. Parlez-en avec toutes les personnes qui manipulent des données (coordination, bureau, prestataires).",
  },
  { kind: "question", text: "Étape 2 - Faites le tri dans vos données" },
  {
    kind: "text",
    text:
      "Pour chaque fiche, vérifiez que les données sont vraiment nécessaires, que les données sensibles (santé) sont " +
      "permises, que seules les personnes habilitées y ont accès et que rien n'est gardé plus longtemps que nécessaire. " +
      "Supprimez les champs inutiles des formulaires et prévoyez la suppression ou l'archivage automatique.",
  },
  { kind: "question", text: "Étape 3 - Respectez les droits des personnes" },
  {
    kind: "text",
    text:
      "Informez les personnes à chaque collecte (formulaire, questionnaire, affiche en salle d'attente) : objectif, base " +
      "légale, destinataires, durée de conservation, droits et comment les exercer, transferts hors de l'Union européenne. " +
      "Prévoyez une adresse pour les demandes (accès, rectification, opposition, effacement…) et répondez dans un délai " +
      "d'un mois au plus.",
  },
  { kind: "question", text: "Étape 4 - Sécurisez vos données" },
  {
    kind: "text",
    text:
      "Mots de passe solides et propres à chacun, mises à jour et antivirus, sauvegardes, accès limités selon les besoins, " +
      "messagerie sécurisée de santé (MSSanté) pour les données de patients, hébergeur certifié HDS pour les données de " +
      "santé confiées à un prestataire, procédure en cas de violation de données. Ces 4 étapes se répètent : revoyez le " +
      "registre au moins une fois par an et à chaque changement (nouvel outil, nouvelle donnée, nouveau destinataire).",
  },
  { kind: "spacer" },

  { kind: "section", text: "Questions fréquentes" },
  { kind: "spacer" },
  { kind: "question", text: "Qu'est-ce qu'un traitement de données personnelles ?" },
  {
    kind: "text",
    text:
      "Toute opération sur des informations qui concernent une personne identifiable (nom, téléphone, numéro RPPS, " +
      "affection de longue durée d'un patient…) : collecte, enregistrement, consultation, partage, conservation, " +
      "effacement. Un traitement se définit par son objectif (sa finalité), pas par l'outil utilisé : « Accès à un " +
      "médecin traitant » est un traitement, même s'il passe par un tableur, un formulaire en ligne et une messagerie. " +
      "Exemples dans une CPTS : gestion des adhérents, ressources humaines et paie, accès à un médecin traitant, soins non " +
      "programmés, parcours pluriprofessionnels, prévention, gestion de crise sanitaire, formations et événements, site " +
      "web et lettre d'information.",
  },
  { kind: "question", text: "Qui est le responsable du traitement ?" },
  {
    kind: "text",
    text:
      "La CPTS elle-même (l'association), représentée par sa présidente ou son président : c'est elle qui décide pourquoi " +
      "et comment les données sont traitées. Ses dirigeants portent la responsabilité de la conformité ; les tâches " +
      "(tenue du registre, mentions d'information, sécurité) peuvent être confiées à la coordination ou à un prestataire, " +
      "mais la responsabilité juridique ne se délègue pas. Ses coordonnées vont en haut de l'onglet 2.\n" +
      "Un prestataire qui traite des données pour le compte de la CPTS (hébergeur, éditeur de logiciel, cabinet de paie) " +
      "est un sous-traitant : indiquez-le parmi les destinataires. Un organisme qui décide avec la CPTS des objectifs et " +
      "des moyens d'un traitement est un responsable conjoint : remplissez la ligne « Responsable(s) conjoint(s) ».",
  },
  { kind: "question", text: "La CPTS doit-elle désigner un délégué à la protection des données (DPO) ?" },
  {
    kind: "text",
    text:
      "Le DPO est obligatoire pour les organismes publics et lorsque l'activité de base consiste à traiter à grande " +
      "échelle des données sensibles, comme des données de santé, ou à suivre des personnes de façon régulière et " +
      "systématique à grande échelle (article 37 du RGPD). Pour une CPTS, SESAN estime qu'il n'est en général pas " +
      "obligatoire : le volume de données de santé reste proche de celui d'un cabinet médical. Il est cependant " +
      "recommandé dès que la CPTS traite des données de patients : un DPO interne, externe ou mutualisé (SESAN en propose " +
      "un à ses adhérents) vous conseille et vous accompagne. Si vous en désignez un, indiquez ses coordonnées dans " +
      "l'onglet 2 et déclarez-le à la CNIL.",
  },
  { kind: "question", text: "Quand faut-il une analyse d'impact (AIPD) ?" },
  {
    kind: "text",
    text:
      "Avant de commencer un traitement qui peut présenter un risque élevé pour les personnes (article 35 du RGPD). La " +
      "liste de la CNIL des traitements qui en demandent une vise notamment les données de santé traitées pour la prise " +
      "en charge des patients, l'accompagnement social ou médico-social des personnes et la gestion d'alertes ou de " +
      "crises sanitaires ; en règle générale, un " +
      "traitement qui remplit au moins deux des neuf critères européens (données sensibles, personnes vulnérables comme " +
      "des patients, grande échelle, croisement de données…) en demande une.\n" +
      "Pour une CPTS : AIPD à prévoir pour l'accès à un médecin traitant, les soins non programmés, les parcours, le " +
      "repérage des patients fragiles et les listes de patients vulnérables en cas de crise ; pas d'AIPD pour la gestion " +
      "des adhérents sans données sensibles ni pour les ressources humaines. Le complément indique pour chaque fiche " +
      "« AIPD : Requise » (type de la liste de la CNIL), « Probable » (deux critères), « À examiner » (un critère), " +
      "« Non requise » ou « À déterminer » (fiche encore vide). La CNIL propose le logiciel gratuit PIA pour la réaliser.",
  },
  { kind: "question", text: "Quelle base légale choisir ?" },
  {
    kind: "text",
    text:
      "Chaque traitement repose sur une des six bases de l'article 6 du RGPD : consentement, contrat, obligation légale, " +
      "sauvegarde des intérêts vitaux, mission d'intérêt public, intérêt légitime. Dans une CPTS, les missions de l'accord " +
      "conventionnel interprofessionnel (ACI : accès aux soins, parcours, prévention, crises sanitaires) relèvent en " +
      "général de la mission d'intérêt public (6.1.e) ; la gestion des adhérents, de l'exécution du contrat (adhésion, " +
      "statuts) ; la paie, de l'obligation légale et du contrat de travail ; une lettre d'information envoyée à des " +
      "non-adhérents, du consentement.\n" +
      "Si la fiche contient des données sensibles (santé), choisissez aussi l'exception de l'article 9 qui permet de les " +
      "traiter : pour la prise en charge des patients, en général l'article 9.2.h (médecine, prise en charge sanitaire ou " +
      "sociale, sous la responsabilité d'un professionnel soumis au secret). Choisissez-les dans les lignes « Base légale » " +
      "et « Exception article 9 » de la fiche : elles doivent figurer dans l'information donnée aux personnes.",
  },
  { kind: "question", text: "Comment ajouter une fiche ?" },
  {
    kind: "text",
    text:
      "Avec le complément : dans son volet, « Nouvelle fiche », tapez le nom du traitement puis « Créer la fiche ». Il " +
      "copie le modèle, nomme l'onglet d'après le traitement, donne la référence suivante, remplit les dates et ajoute la " +
      "ligne dans l'onglet 2.\n" +
      "Sans le complément : clic droit sur l'onglet 3 « Modèle de fiche de registre » > « Déplacer ou copier… » > cochez " +
      "« Créer une copie » > OK. Renommez la copie (clic droit > Renommer) d'après le traitement, remplissez « Nom du " +
      "traitement » et donnez une référence unique (N° / RÉF, par exemple ref-002), puis ajoutez la ligne correspondante " +
      "dans l'onglet 2 avec la même référence. Gardez l'onglet 3 vierge pour les fiches suivantes.",
  },
  { kind: "question", text: "Quelle durée de conservation indiquer ?" },
  {
    kind: "text",
    text:
      "Une durée ou un critère pour chaque catégorie de données décrite, avec son point de départ : « Durée de l'adhésion », " +
      "« 5 ans à compter du versement de la paie », « Jusqu'à attribution d'un médecin traitant + 3 mois ». « Illimité » " +
      "ou un nombre seul ne suffisent pas. L'onglet 5 propose des durées courantes. Passé ce délai, les données sont " +
      "supprimées, anonymisées ou archivées à part, avec un accès restreint.",
  },
  { kind: "question", text: "Que faire en cas de violation de données (perte, vol, piratage, envoi au mauvais destinataire) ?" },
  {
    kind: "text",
    text:
      "1. Réagissez vite : débranchez du réseau la machine touchée sans l'éteindre, prévenez la présidence, la coordination " +
      "et votre support informatique. En cas de rançongiciel, ne payez jamais la rançon.\n" +
      "2. Toujours : inscrivez la violation dans le registre interne des violations (ce qui s'est passé, données et " +
      "personnes concernées, conséquences, mesures prises), même si elle ne présente aucun risque.\n" +
      "3. Dans les 72 heures après en avoir eu connaissance : notifiez-la à la CNIL, sauf si elle ne présente aucun " +
      "risque pour les droits et libertés des personnes.\n" +
      "4. Si le risque est élevé (par exemple des données de santé divulguées) : informez aussi les personnes concernées, " +
      "dans les meilleurs délais.\n" +
      "Un sous-traitant doit vous prévenir sans tarder de toute violation. L'équipe sécurité de SESAN peut vous aider " +
      "(crrc@sesan.fr).",
  },
  {
    kind: "link",
    text: "► Les violations de données personnelles, sur le site de la CNIL",
    url: "https://www.cnil.fr/fr/les-violations-de-donnees-personnelles",
  },
  { kind: "question", text: "À qui envoyer le registre ?" },
  {
    kind: "text",
    text:
      "Le registre ne s'envoie pas à la CNIL : la CPTS le tient à jour et le présente si la CNIL le demande. Dans le cadre " +
      "de l'accompagnement RGPD du GIP SESAN, envoyez-le à SESAN une fois vérifié : le complément (« Vérifier le " +
      "registre ») ou la commande « cpts-registre valider » indique s'il est prêt, c'est-à-dire sans aucune erreur. " +
      "Le registre décrit les traitements : il ne doit contenir aucune donnée de patient.",
  },
];
