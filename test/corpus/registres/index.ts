/** The quality corpus, in order: the correct registers first. */
import type { RegistreSaisi } from "../saisie";
import valDeSeine from "./01-cpts-val-de-seine";
import deuxRives from "./02-cpts-deux-rives";
import sudEssonne from "./03-cpts-sud-essonne";
import plateauBriard from "./04-cpts-plateau-briard";
import coeurDeBeauce from "./05-cpts-coeur-de-beauce";
import rivesDeLOrge from "./06-cpts-rives-de-l-orge";
import grandParisis from "./07-cpts-grand-parisis";
import vexinCentre from "./08-cpts-vexin-centre";
import seineAval from "./09-cpts-seine-aval";
import terresDYvelines from "./10-cpts-terres-d-yvelines";
import boucleNord from "./11-cpts-boucle-nord";
import hautValDOise from "./12-cpts-haut-val-d-oise";
import portesDeLEssonne from "./13-cpts-portes-de-l-essonne";

export const REGISTRES: readonly RegistreSaisi[] = [
  valDeSeine,
  deuxRives,
  sudEssonne,
  plateauBriard,
  coeurDeBeauce,
  rivesDeLOrge,
  grandParisis,
  vexinCentre,
  seineAval,
  terresDYvelines,
  boucleNord,
  hautValDOise,
  portesDeLEssonne,
];
