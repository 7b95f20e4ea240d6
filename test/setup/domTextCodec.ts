/**
 * jsdom leaves out TextEncoder and TextDecoder, which every browser the playground and the pane run in
 * has (the file layer decodes parts with them): give the jsdom tests Node's own, which are the same API.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;
