import { stemmer } from "stemmer";

/**
 * Spelling variants, slang and abbreviations folded to one word before stemming, so "pls", "thx",
 * "vacay", "w-4" and "401(k)" meet their training counterparts.
 */
const REWRITES: [RegExp, string][] = [
  [/\b401\s?\(?k\)?/g, " fourohonek "],
  [/\bw-?4s?\b/g, " wfour "],
  [/\bw-?2s?\b/g, " wtwo "],
  [/\b1099s?\b/g, " tenninetynine "],
  [/\$\s?\d[\d,]*(?:\.\d+)?\s?k?\b/g, " moneyamount "],
  [/\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|bucks|usd)\b/g, " moneyamount "],
  [/\b\d{1,2}(?:\.\d+)?\s?(?:hours?|hrs?|h)\b/g, " numhours hour "],
  [/\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b/g, " clocktime "],
  [/\b\d+(?:st|nd|rd|th)\b/g, " ordinaldate "],
  [/\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g, " slashdate "],
  [/\b\d+(?:\.\d+)?\s?%/g, " percentamount "],
  [/\b\d+(?:\.\d+)?\b/g, " num "],
  [/\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?/g, " monthname "],
  [
    /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/g,
    " monthname ",
  ],
  [/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/g, " weekdayname "],
  [/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/g, " weekdayname "],
  [/\b(?:can't|cant)\b/g, " can not "],
  [/\b(?:won't|wont)\b/g, " will not "],
  [/\b(?:didn't|didnt)\b/g, " did not "],
  [/\b(?:don't|dont)\b/g, " do not "],
  [/\b(?:doesn't|doesnt)\b/g, " does not "],
  [/\b(?:isn't|isnt)\b/g, " is not "],
  [/\b(?:haven't|havent)\b/g, " have not "],
  [/\b(?:wasn't|wasnt)\b/g, " was not "],
  [/\b(?:i'm|im)\b/g, " i am "],
  [/\b(?:i've|ive)\b/g, " i have "],
  [/\b(?:i'd)\b/g, " i would "],
  [/\b(?:i'll)\b/g, " i will "],
  [/\b(?:what's|whats|wats|wat|wht)\b/g, " what is "],
  [/\b(?:where's|wheres)\b/g, " where is "],
  [/\b(?:who's|whos)\b/g, " who is "],
  [/\b(?:how's|hows)\b/g, " how is "],
  [/\b(?:it's)\b/g, " it is "],
  [/\b(?:hw)\b/g, " how "],
  [/\b(?:pls|plz|pleas|plse)\b/g, " please "],
  [/\b(?:thx|thnx|thanx|ty|tysm)\b/g, " thanks "],
  [/\bu\b/g, " you "],
  [/\br\b/g, " are "],
  [/\bur\b/g, " your "],
  [/\b(?:vacay|vaca)\b/g, " vacation "],
  [/\b(?:hrs|hr's)\b/g, " hours "],
  [/\bhr\b/g, " hrdept "],
  [/\b(?:paystub|payslip|paystubs)\b/g, " pay stub "],
  [/\b(?:paycheck|paychecks|payckeck|paychek)\b/g, " pay check "],
  [/\b(?:timesheet|timesheets|timecard|timecards)\b/g, " time sheet "],
  [/\btime card\b/g, " time sheet "],
  [/\bdeductable\b/g, " deductible "],
  [/\bfmla\b/g, " fmla leave "],
  [/\bthru\b/g, " through "],
  [/\bgonna\b/g, " going to "],
  [/\bwanna\b/g, " want to "],
  [/\bdd\b/g, " direct deposit "],
  [/\bpto\b/g, " pto timeoff "],
];

const STOPWORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "is",
  "it",
  "be",
  "this",
  "that",
  "on",
  "in",
  "at",
  "for",
  "and",
]);

/**
 * Lowercases, folds variants, splits into words and stems them (Porter, `stemmer` package).
 * Deterministic and allocation-light: the same text always gives the same tokens.
 */
export function normalizeTokens(text: string): string[] {
  let t = ` ${text.toLowerCase().replace(/[’‘`]/g, "'")} `;
  for (const [pattern, replacement] of REWRITES) t = t.replace(pattern, replacement);
  const words = t.split(/[^a-z']+/).map((w) => w.replace(/^'+|'+$/g, "").replace(/'s$/, ""));
  const tokens: string[] = [];
  for (const word of words) {
    if (!word) continue;
    tokens.push(stemmer(word));
  }
  return tokens;
}

/** Whether a token is a stopword (kept for bigrams, dropped as a unigram). */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
