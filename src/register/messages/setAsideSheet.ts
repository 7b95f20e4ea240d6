/**
 * The name of the add-in's sheet « Constats écartés », which every check looks for. Apart from the
 * texts written into it (./setAside.ts), which only the set-aside plans need: the pane's first load
 * carries this name, not them.
 */
export const SET_ASIDE_SHEET_NAME = "Constats écartés";
