/** Tags of a jieba word that may follow a name in a running clause (陈某 表示 / 在 / 已经 …):
 *  verbs, adverbs, prepositions, conjunctions, time and direction words, particles, pronouns. */
export const CLAUSE_GOES_ON = /^(?:v|vn|vd|d|ad|p|c|t|uj|ul|f|r)$/;
