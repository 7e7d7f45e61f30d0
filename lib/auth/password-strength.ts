// Refusing passwords that are common or easily guessed (docs/security.md "Passwords"). zxcvbn-ts estimates how
// many guesses a password takes from its list of the most common passwords, keyboard patterns, repeats and
// sequences, all offline: a password never leaves the server.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** zxcvbn's scale: 0–1 fall within about a million guesses. */
const minimumScore = 2;

let estimator: ZxcvbnFactory | undefined;

function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

/** True for a password found among the common ones or guessable within about a million tries. */
export function isCommonPassword(password: string, userInputs: string[] = []): boolean {
  return passwordEstimator().check(password, userInputs).score < minimumScore;
}

export const commonPasswordMessage =
  'That password is too common or too easy to guess. Try a few unrelated words, or a longer phrase.';
