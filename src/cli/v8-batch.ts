// V8 settings for a short batch of de-identification (`confidant redact`), set by bin/confidant.js before the
// engine loads. V8's defaults optimise a function as soon as it turns warm; the de-identifier is some three
// hundred small rules, and a fresh process running a few hundred unseen notes then compiles many of them again
// and again as rare paths reach optimised code whose type feedback was still incomplete (a cold batch of 1,482
// notes spent more CPU in the optimising compiler than in the rules: recognisePatterns compiled seven times,
// wordAt seven, lowerCaseNames nine). Waiting four times longer for feedback, and inlining half as much, cut
// that batch's CPU by about a quarter (2.0 s → 1.5 s on one core); over six passes (about 9,000 notes) it is
// still 6 % ahead, and by ten passes the two are even (bench/deid.bench.ts, "confidant redact --jsonl" and the
// cold batch). Only tiering heuristics are changed: the output is the same.
export const BATCH_V8_FLAGS = ['--interrupt-budget=400000', '--max-inlined-bytecode-size-cumulative=460'] as const;
