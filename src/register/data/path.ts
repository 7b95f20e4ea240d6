/**
 * The texts of the CNIL's 4-step path (CNIL/Bpifrance guide for small organisations, reference §3),
 * as data: each step's explanation, its checklist and CNIL links, and what to do in a cyberattack.
 * Items marked "workbook" are computed from the register; "user" items are ticked by the coordinator.
 * What to do in a cyberattack is the card's data (../card/data.ts), shown by the path's step 4 and the
 * « Sécurité » tab alike.
 */
import { CNIL_LINKS, type PathLink } from "./cnilLinks";

export type { PathLink };

export type PathStepId = "recenser" | "trier" | "droits" | "securiser";

export interface PathItemText {
  /** Stable id (also the key of a user tick). */
  id: string;
  label: string;
  /** Plain French: why it matters and how to do it. */
  help: string;
  /** Seen in the workbook, or ticked by the user. */
  source: "workbook" | "user";
}

export interface PathStepText {
  id: PathStepId;
  number: 1 | 2 | 3 | 4;
  title: string;
  intro: string;
  items: readonly PathItemText[];
  links: readonly PathLink[];
}

export const PATH_INTRO =
  "Une CPTS peut entamer et maintenir sa conformité au RGPD sans délégué à la protection des données en suivant ces 4 étapes de la CNIL. Elles se renouvellent dans le temps : revenez-y à chaque nouveau traitement et au moins une fois par an.";

export const PATH_STEPS: readonly PathStepText[] = [
  {
    id: "recenser",
    number: 1,
    title: "Recensez vos traitements",
    intro:
      "Identifiez les activités de la CPTS qui utilisent des données personnelles (adhérents, salariés, accès à un médecin traitant, soins non programmés, prévention…) et tenez une fiche par activité : sa finalité, les données utilisées, qui y accède, combien de temps elles sont gardées.",
    items: [
      {
        id: "fiches-exist",
        label: "Au moins une fiche décrit un traitement",
        help: "Dupliquez le modèle de fiche (ou utilisez « Nouvelle fiche ») pour chaque activité : une fiche par finalité, pas par logiciel.",
        source: "workbook",
      },
      {
        id: "fiches-complete",
        label: "Chaque fiche contient le minimum de l'article 30",
        help: "Nom, référence, finalité principale, personnes concernées, catégories de données avec leur durée de conservation, destinataires et mesures de sécurité.",
        source: "workbook",
      },
      {
        id: "list-consistent",
        label: "La liste des traitements reprend chaque fiche",
        help: "L'onglet « Liste des traitements » a une ligne par fiche, avec la même référence, et « Oui » dans « Données sensibles ? » quand la fiche en décrit.",
        source: "workbook",
      },
      {
        id: "organisation",
        label: "Les coordonnées de la CPTS figurent dans la liste des traitements",
        help: "En haut de l'onglet « Liste des traitements » : nom et coordonnées du responsable (la CPTS), et du DPO s'il y en a un.",
        source: "workbook",
      },
      {
        id: "activities-reviewed",
        label: "Les personnes qui manipulent des données ont été consultées",
        help: "Faites le tour avec la coordination, le bureau et les professionnels qui utilisent des fichiers : le registre doit être complet et à jour.",
        source: "user",
      },
    ],
    links: [CNIL_LINKS.register, CNIL_LINKS.purpose, CNIL_LINKS.guidePme],
  },
  {
    id: "trier",
    number: 2,
    title: "Faites le tri dans vos données",
    intro:
      "Pour chaque fiche, vérifiez que les données sont nécessaires, que les données sensibles (la santé surtout) sont permises, que seules les personnes habilitées y accèdent et qu'elles ne sont pas gardées plus longtemps que nécessaire.",
    items: [
      {
        id: "retention-set",
        label: "Chaque catégorie de données a une durée de conservation limitée",
        help: "Une durée et son point de départ (ex. « 3 ans après le dernier contact »), jamais « illimitée » ; puis suppression, anonymisation ou archivage.",
        source: "workbook",
      },
      {
        id: "sensitive-justified",
        label: "Les données sensibles et le NIR sont justifiés",
        help: "Pour les données de santé, indiquez l'exception de l'article 9 (souvent la prise en charge sanitaire, art. 9.2.h) ; le NIR seulement pour un usage permis (paie, INS).",
        source: "workbook",
      },
      {
        id: "data-necessary",
        label: "Seules les données nécessaires sont collectées",
        help: "Retirez des formulaires et des fichiers les champs qui ne servent pas à la finalité.",
        source: "user",
      },
      {
        id: "access-reviewed",
        label: "Seules les personnes habilitées accèdent aux données",
        help: "Revoyez qui a accès à quoi (partages de fichiers, outils en ligne), et retirez les accès devenus inutiles.",
        source: "user",
      },
      {
        id: "deletion-rules",
        label: "Les données sont supprimées ou archivées à l'échéance",
        help: "Prévoyez une suppression régulière (par exemple une revue annuelle) ou automatique dans les outils.",
        source: "user",
      },
      {
        id: "aipd-done",
        label: "Les analyses d'impact (AIPD) requises sont faites",
        help: "Les traitements de données de santé de patients demandent une AIPD avant leur mise en œuvre. Onglet « Droits » › « AIPD » : exportez la fiche vers l'outil PIA de la CNIL, menez l'analyse (SESAN propose un accompagnement), puis notez la date où elle a été réalisée.",
        source: "workbook",
      },
    ],
    links: [CNIL_LINKS.retention, CNIL_LINKS.sensitive, CNIL_LINKS.aipd],
  },
  {
    id: "droits",
    number: 3,
    title: "Respectez les droits des personnes",
    intro:
      "Informez les personnes à chaque collecte (finalité, base légale, destinataires, durée de conservation, droits, transferts) et permettez-leur d'exercer leurs droits : accès, rectification, opposition, effacement, portabilité, limitation.",
    items: [
      {
        id: "legal-basis",
        label: "La base légale de chaque traitement est indiquée",
        help: "La mention d'information doit la donner : pour les missions de la CPTS, souvent la mission d'intérêt public (art. 6.1.e).",
        source: "workbook",
      },
      {
        id: "notices",
        label: "Chaque traitement a sa mention d'information",
        help: "Onglet « Droits » › « Mentions d'information » : la mention se rédige à partir de la fiche, une par public (patients, professionnels, adhérents, salariés). Reprenez-la sur chaque formulaire, papier ou en ligne, sur le site et en affiche pour les patients.",
        source: "workbook",
      },
      {
        id: "rights-channel",
        label: "Une adresse permet d'exercer ses droits",
        help: "Une adresse de courriel dédiée ou une adresse postale, indiquée dans chaque mention d'information.",
        source: "user",
      },
      {
        id: "requests-kept",
        label: "Les demandes d'exercice des droits sont notées et reçoivent une réponse sous un mois",
        help: "Onglet « Droits » › « Demandes » : chaque demande (accès, rectification, effacement…) est notée dans la feuille « Demandes d'exercice des droits » ; le volet calcule l'échéance (un mois, prolongeable de deux mois en prévenant la personne) et propose les courriers.",
        source: "workbook",
      },
    ],
    links: [CNIL_LINKS.information, CNIL_LINKS.rights],
  },
  {
    id: "securiser",
    number: 4,
    title: "Sécurisez vos données",
    intro:
      "Adaptez les mesures de sécurité à la sensibilité des données : mots de passe robustes, mises à jour et antivirus, sauvegardes, chiffrement, messagerie sécurisée de santé, hébergement certifié HDS pour les données de santé. Préparez-vous à réagir à une violation de données.",
    items: [
      {
        id: "cyber-audit",
        label: "Un auto-diagnostic cyber a moins de six mois",
        help: "Onglet « Sécurité » › « Auto-diagnostic » : 22 questions, un score par thème, les mesures prioritaires pour la CPTS ; chaque évaluation est gardée dans la feuille « Auto-diagnostic cyber ». Réévaluez tous les six mois pour mesurer les progrès.",
        source: "workbook",
      },
      {
        id: "incidents-decided",
        label: "Chaque violation notée a sa décision dans les délais",
        help: "Dans le registre des violations, chaque incident dit si la CNIL a été notifiée (dans les 72 heures) ou pourquoi ce n'était pas nécessaire, et si les personnes ont été informées quand le risque est élevé.",
        source: "workbook",
      },
      {
        id: "measures-described",
        label: "Des mesures de sécurité sont décrites dans chaque fiche",
        help: "Au moins une mesure par fiche, avec une précision (ex. « Contrôle d'accès des utilisateurs : accès réservé à la coordination »).",
        source: "workbook",
      },
      {
        id: "hds",
        label: "Les données de santé confiées à un prestataire sont hébergées chez un hébergeur HDS",
        help: "Indiquez « HDS » dans la précision du sous-traitant qui héberge des données de santé de patients, après avoir vérifié sa certification.",
        source: "workbook",
      },
      {
        id: "passwords",
        label: "Les comptes sont protégés par des mots de passe robustes",
        help: "Des mots de passe longs et différents pour chaque compte, un gestionnaire de mots de passe, la double authentification quand elle existe.",
        source: "user",
      },
      {
        id: "backups",
        label: "Les données sont sauvegardées et la restauration a été testée",
        help: "Une sauvegarde régulière, dont une copie hors ligne, et un essai de restauration.",
        source: "user",
      },
      {
        id: "breach-register",
        label: "Un registre des violations de données est tenu",
        help: "Toute violation (perte, vol, piratage, envoi à la mauvaise personne) y est notée, même sans risque pour les personnes : onglet « Sécurité » › « Violations », qui tient la feuille « Registre des violations » et compte les 72 heures.",
        source: "user",
      },
      {
        id: "cyberattack-protocol",
        label: "L'équipe sait quoi faire en cas de cyberattaque",
        help: "Remplissez vos contacts dans « Sécurité » › « Fiche réflexe », imprimez la fiche (une page A4) pour l'afficher dans tous les bureaux, et présentez-la à l'équipe.",
        source: "user",
      },
    ],
    links: [CNIL_LINKS.security, CNIL_LINKS.breaches],
  },
];

/** Ids of the items the user ticks (what the task pane keeps in its tracking sheet). */
export const USER_ITEM_IDS: readonly string[] = PATH_STEPS.flatMap((s) => s.items.filter((i) => i.source === "user").map((i) => i.id));
