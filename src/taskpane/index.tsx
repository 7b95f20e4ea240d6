/**
 * Entry of the page Excel loads (taskpane.html). As in Microsoft's React template: wait for
 * Office.onReady, then mount <FluentProvider><App/></FluentProvider>. On an Excel that lacks the API
 * sets the pane needs, a plain French message says which Excel is needed instead of a blank pane.
 */
import { startTaskpane } from "./mount";

const container = document.getElementById("container");
if (container) void startTaskpane(container);
