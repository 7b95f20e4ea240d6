/**
 * A rule's « Pourquoi » and « Comment corriger », fetched the first time a finding of that rule is
 * opened: the prose of all the rules is a chunk of its own, out of the pane's first load (which has a
 * budget). Once fetched, an explanation is shown at once on every later opening.
 */
import * as React from "react";
import { loadRuleExplanation, type RuleExplanation, type RuleId } from "../../register";

export type ExplanationState = { kind: "idle" } | { kind: "loading" } | { kind: "ready"; explanation: RuleExplanation } | { kind: "failed" };

/** Kept for the pane's life: an explanation does not change while the pane is open. */
const fetched = new Map<RuleId, RuleExplanation>();
/** The fetches under way, shared by the findings of one rule; a failed one is forgotten, to be retried. */
const requests = new Map<RuleId, Promise<RuleExplanation>>();

function request(rule: RuleId): Promise<RuleExplanation> {
  let pending = requests.get(rule);
  if (!pending) {
    pending = loadRuleExplanation(rule).then(
      (explanation) => {
        fetched.set(rule, explanation);
        return explanation;
      },
      (error: unknown) => {
        requests.delete(rule);
        throw error;
      },
    );
    requests.set(rule, pending);
  }
  return pending;
}

/**
 * `wanted`: the explanation is open. `attempt` changes each time it is opened again, so that a chunk
 * that could not be fetched (the add-in's server out of reach a moment) is asked for again.
 */
export function useRuleExplanation(rule: RuleId, wanted: boolean, attempt: number): ExplanationState {
  // What the last fetch of this rule and attempt gave; the state shown is derived from it.
  const [outcome, setOutcome] = React.useState<{ rule: RuleId; attempt: number; ok: boolean } | null>(null);
  React.useEffect(() => {
    if (!wanted || fetched.has(rule)) return;
    let live = true;
    request(rule).then(
      () => {
        if (live) setOutcome({ rule, attempt, ok: true });
      },
      () => {
        if (live) setOutcome({ rule, attempt, ok: false });
      },
    );
    return () => {
      live = false;
    };
  }, [rule, wanted, attempt]);
  const explanation = fetched.get(rule);
  if (explanation) return { kind: "ready", explanation };
  if (!wanted) return { kind: "idle" };
  return outcome && outcome.rule === rule && outcome.attempt === attempt && !outcome.ok ? { kind: "failed" } : { kind: "loading" };
}
