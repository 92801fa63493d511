// The features a candidate is scored by, each with what it says, and the thresholds of the reading.
// The weight of each feature is not typed here: `npm run fit` fits it on the question sets and
// writes it to weights.learned.ts. The numbers below are the hand weights the features were first
// tried with; the fit starts from none of them, they only document each feature's expected sign.

export const FEATURES = {
  /** a name of the item stands word for word in the question: the strongest evidence there is */
  exact: 0.7,
  /** of two exact names, the longer one is the more specific (a feature in 0..1, 40 characters = 1) */
  exactLength: 0.5,
  /** a table row or plan whose own name is (nearly) the whole question */
  wholeName: 1,
  /** share of the question's words (not only its content words) that the name standing in it covers: a
   * name that holds words read as operations (人事費占決算比例) names the record, not an operation on it */
  coversQuestion: 0.5,
  /** an indicator's quoted clause stands in the question: weaker than a table name, clauses are long */
  exactKpi: 0.9,
  /** ... and its length counts for less (20 characters = 1) */
  exactKpiLength: 0.2,
  /** share of the question's content words the item's names explain: a record must explain the question */
  explains: 2,
  /** the same for an indicator's clause and headings: what matters for prose */
  explainsKpi: 1.6,
  /** an indicator found by its words, not its clause (no exact match) */
  explainsKpiLoose: 2.2,
  /** share of a partly matched name found in the question, damped by what it explains */
  partialCover: 1,
  /** the words right around a prose figure say what it counts */
  phrase: 1.2,
  /** share of the question's content words the figure's own sentence explains, not its paragraph:
   * of the figures in one paragraph, the one whose sentence says what is asked */
  sentenceExplains: 0.6,
  /** ... and more so when the question asks for the current figure (現在, latest) */
  recencyAsked: 0.3,
  /** a prose figure of what was added (新增 12 項) when the question asks how many there are */
  flowNotAsked: -0.15,
  /** a prose figure that is a plan or target (預計, 目標) when the question asks what was done */
  plannedNotAsked: -0.5,
  /** the noun a count question counts is what the prose figure measures */
  countedNoun: 0.3,
  /** the counting word, money or percent asked agrees with the figure's unit */
  unitAgrees: 0.4,
  /** ... or contradicts it (a money question is not answered by a count) */
  unitContradicts: -0.8,
  /** a proper name of the question (GSN, iTaiwan) that the record never mentions: it is about something else */
  properNameMissing: -1,
  /** a specific measure asked (排氣量, 面積) that the record lacks: filtered out by the gate */
  measureMissing: -1,
  /** more of the item's names stand in the question (capped at 3) */
  extraNames: 0.15,
  /** the words of the question point at the item's family (revenue, positions, execution) */
  familyFits: 0.3,
  /** revenue items when the question does not speak of revenue */
  familyAvoided: -0.2,
  /** a major plan when plan words or plan measures are used */
  planFits: 0.5,
  /** the item has the measure the question names */
  measureFits: 0.2,
  /** the item has a figure for the year (or as-of date) asked */
  yearFits: 0.6,
  /** a prose figure whose text names the year asked, though its own date is another */
  yearMentioned: 0.1,
  /** with no date asked, the latest report of a figure (0 = the earliest as-of date, 1 = the latest) */
  recency: 0.3,
  /** 資本門 / 經常門 asked and the item is that part */
  natureFits: 0.3,
  /** a budget line over a fact matched by the same words */
  isLine: 0.1,
  /** the record is the agency's own (its subject is the agency named, or its total), not one of its parts,
   * and the question names no part: 數產署職員員額 is the agency's, not its general administration's */
  agencyOwn: 0.3,
  /** a printed total over one of its cells */
  isTotal: 0.05,
} as const;

export type FeatureName = keyof typeof FEATURES;
export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

export const GATE = {
  /** a candidate found only by fuzzy words must score at least this to be considered */
  minFuzzyScore: 0.9,
  /** an answer with a figure needs the chosen item to explain this share of the content words */
  minExplains: 0.3,
  /** how much of the question a record's own name must explain to be the record the question names */
  wholeNameExplains: 0.9,
  /** an item named word for word may explain less: the rest of the question qualifies it */
  minExplainsExact: 0.1,
  /** how much a partly matched name's cover counts when it explains nothing else (0..1) */
  partialFloor: 0.5,
  /** a major plan named loosely: long names share many words with unrelated questions */
  minExplainsPlan: 0.4,
  /** a prose figure must explain this share of the content words: prose is full of near misses */
  minExplainsKpi: 0.5,
  /** candidates within this score of the best are offered as alternatives (in the fitted scores' units) */
  alternativeMargin: 0.75,
  /** the longest exact name counted by exactLength / exactKpiLength */
  exactLengthScale: 40,
  exactKpiLengthScale: 20,
  /** extra names counted at most */
  extraNamesCap: 3,
  /** a proper name is required of a prose figure only when this rare (weight = ln(1 + records / (1 + df))) */
  properNameMinWeight: 4,
  /** a two-character indicator keyword is too common to name it on its own */
  minKpiExact: 3,
  /** English letters the glossary could not read that still leave an agency-only question: "fiscal",
   * "larger than" are filler; two unread content words (NGOs joined …) are a subject of their own */
  maxUnreadLetters: 11,
  /** the weight of a pair of characters no record holds (a common word weighs about 2, a rare one 7):
   * mostly the seams of the asker's own words, so low, yet not nothing (a subject no record has stays unanswered) */
  unknownTokenWeight: 0.5,
  /** the most a pair of characters some record holds weighs (rarity beyond it is as often a seam as a name) */
  maxTokenWeight: 4,
  /** two prose figures whose scores differ by less than this fit the question equally: ask which one,
   * rather than name one (on the question sets, wrong figures sat below it far more often than right ones) */
  clarifyMargin: 0.12,
  /** a later report of the same measure is the answer to an undated question when it scores within this of the
   * earlier one (in the fitted scores' units, about two and a half times the hand weights')  */
  seriesMargin: 1.9,
  /** how many figures a clarifying answer offers */
  clarifyOptions: 3,
  /** how many of the best candidates are answered with to find the figures a question may mean */
  optionCandidates: 5,
  /** a candidate the ranker gives less chance than this is no option nor rival (and is not answered with) */
  minOptionProbability: 0.01,
  /** two figures within this share of each other are the same figure (rounding of printed units) */
  sameFigureTolerance: 1e-6,
  /** the score gap counted at most: beyond it, no rival is a rival */
  marginCap: 6,
  /** probabilities are kept this far from 0 and 1 before their logit is taken */
  minProbability: 1e-6,
} as const;
