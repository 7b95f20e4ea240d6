// The engine's public face: the faces and adapters import from here only.
export * from "./snapshot";
export * from "./plan";
export * from "./model";
export * from "./findings";
export * from "./read-api";
export * from "./check-api";
export * from "./owned-api";
