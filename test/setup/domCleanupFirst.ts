/**
 * Loaded before failOnConsole.ts in the dom project: importing Testing Library registers its automatic
 * cleanup (unmounting what a test rendered) first, so that what React writes while unmounting is
 * checked after that test too, not one test later.
 */
import "@testing-library/react";
