export * from "./snapshot";
export * from "./plan";
export * from "./model";
export * from "./findings";
