import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import type { Lang } from "../../platform/i18n/translate.js";
import { PASSWORD_MAX, PASSWORD_MIN } from "./user.input.js";

/** zxcvbn's score 3: "safely unguessable" for an online attack with rate limits. */
const MIN_SCORE = 3;

let loaded: Promise<Record<Lang, ZxcvbnFactory>> | undefined;

/**
 * The word lists are megabytes of code and their index tens of megabytes of memory: they load
 * with the first password checked, not with every process that starts.
 */
function estimators(): Promise<Record<Lang, ZxcvbnFactory>> {
  loaded ??= (async () => {
    const [{ ZxcvbnFactory }, common, english, flemish] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@zxcvbn-ts/language-nl-be"),
    ]);
    // Dutch and Belgian words, names and the azerty keyboard, next to English and the common passwords.
    const options = {
      dictionary: { ...common.dictionary, ...english.dictionary, ...flemish.dictionary },
      graphs: common.adjacencyGraphs,
    };
    return {
      nl: new ZxcvbnFactory({ ...options, translations: flemish.translations }),
      en: new ZxcvbnFactory({ ...options, translations: english.translations }),
    };
  })();
  return loaded;
}

export type PasswordVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Says why a password will not do, in the visitor's language: too short, too long, or
 * easy to guess (with the estimator's own warning and suggestions). The user's address
 * and name count as known words.
 */
export async function checkPassword(password: string, lang: Lang, knownWords: string[] = []): Promise<PasswordVerdict> {
  const nl = lang === "nl";
  if (password.length < PASSWORD_MIN)
    return {
      ok: false,
      reason: nl
        ? `Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens (nu ${password.length}).`
        : `Choose a password of at least ${PASSWORD_MIN} characters (now ${password.length}).`,
    };
  if (password.length > PASSWORD_MAX)
    return {
      ok: false,
      reason: nl
        ? `Een wachtwoord mag hoogstens ${PASSWORD_MAX} tekens lang zijn.`
        : `A password may be at most ${PASSWORD_MAX} characters long.`,
    };
  const inputs = knownWords.flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2);
  const result = (await estimators())[lang].check(password, inputs);
  if (result.score >= MIN_SCORE) return { ok: true };
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return {
    ok: false,
    reason: nl
      ? `Dit wachtwoord is te makkelijk te raden. ${why || "Maak het langer, bijvoorbeeld met enkele losse woorden."}`
      : `This password is too easy to guess. ${why || "Make it longer, for example with a few unrelated words."}`,
  };
}
