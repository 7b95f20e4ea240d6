/** The add-in's version, written in the verification report (read from package.json at build time). */
import packageJson from "../../package.json";

export const ADDIN_VERSION: string = packageJson.version;
