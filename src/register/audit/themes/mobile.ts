/** Theme « Appareils mobiles et télétravail »: laptops and phones that can be lost, networks that cannot be trusted, work and private use kept apart. */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { anssiCpme, cnilSecurity } from "../sources";

export const MOBILE: AuditTheme = {
  id: "mobile",
  label: "Appareils mobiles et télétravail",
  questions: [
    {
      id: "mob-encryption",
      theme: "mobile",
      text: "Les ordinateurs portables et les téléphones de la CPTS sont-ils chiffrés et verrouillés par un code ou un mot de passe ?",
      help: "Le chiffrement (BitLocker sous Windows, FileVault sur Mac, activé par défaut sur les téléphones récents avec un code) rend illisible le contenu d'un appareil perdu ou volé.",
      choices: [
        { id: "oui", label: "Oui, tous chiffrés et verrouillés", points: 2 },
        { id: "verrou", label: "Verrouillés, mais pas tous chiffrés", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 3,
      source: cnilSecurity("Sécuriser l'informatique mobile"),
      measure: {
        title: "Chiffrer les portables et verrouiller les téléphones",
        why: "Un portable perdu dans un train avec des fichiers de patients non chiffrés est une violation de données de santé ; chiffré, c'est seulement du matériel perdu.",
        how: "Activez BitLocker (Windows) ou FileVault (Mac) sur chaque portable, gardez la clé de récupération chez le référent, imposez un code et le verrouillage automatique sur les téléphones.",
        effort: 2,
        riskReduction: 3,
      },
    },
    {
      id: "mob-networks",
      theme: "mobile",
      text: "En déplacement ou en télétravail, évite-t-on les réseaux Wi-Fi publics pour travailler (ou passe-t-on par le partage de connexion du téléphone ou un VPN) ?",
      help: "Le Wi-Fi d'une gare, d'un café ou d'un hôtel peut être écouté ; le partage de connexion du téléphone est plus sûr.",
      choices: [
        { id: "oui", label: "Oui, c'est la consigne et elle est suivie", points: 2 },
        { id: "parfois", label: "Pas toujours", points: 1 },
        { id: "non", label: "Non, aucune consigne", points: 0 },
        DONT_KNOW,
      ],
      weight: 1,
      source: anssiCpme("Protéger ses données lors de ses déplacements"),
      measure: {
        title: "Donner une consigne pour le travail hors des locaux",
        why: "Sur un réseau public, un pirate peut intercepter des identifiants ou des documents.",
        how: "Écrivez la consigne dans la charte : en dehors des locaux, utiliser le partage de connexion du téléphone ou le VPN fourni, jamais le Wi-Fi public pour ouvrir les outils de la CPTS ; protégez aussi l'écran des regards (filtre de confidentialité).",
        effort: 1,
        riskReduction: 1,
      },
    },
    {
      id: "mob-personal",
      theme: "mobile",
      text: "Les appareils personnels (ordinateur ou téléphone d'un bénévole, d'un salarié) servent-ils à travailler sur des données de la CPTS ?",
      help: "C'est fréquent chez les professionnels de santé bénévoles ; le risque dépend des règles qui l'encadrent.",
      choices: [
        { id: "jamais", label: "Non, seulement des appareils de la CPTS", points: 2 },
        { id: "encadre", label: "Oui, avec des règles (code, mises à jour, pas de copie locale)", points: 1 },
        { id: "libre", label: "Oui, sans règle particulière", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: anssiCpme("Séparer les usages personnels des usages professionnels"),
      measure: {
        title: "Encadrer l'usage des appareils personnels",
        why: "Un appareil personnel non mis à jour, partagé en famille ou sans code expose les données de la CPTS qui s'y trouvent.",
        how: "Demandez que les données de la CPTS restent dans ses outils en ligne (sans copie locale), que l'appareil soit à jour, protégé par un code et une session personnelle ; écrivez ces règles dans la charte.",
        effort: 1,
        riskReduction: 2,
      },
    },
  ],
};
