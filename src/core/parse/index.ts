// Value parsing: targets, amounts, dates and periods, units.

export { parseTarget, extractQuantities, type Quantity } from './target';
export { parseAmount, type Amount } from './amount';
export { parsePeriod, parseYear, findDateMentions, type DateMention } from './dates';
export { normaliseUnit, moneyFactor, unitScale, MONEY_FACTORS } from './units';
export { compact, toHalfWidth } from './normalise';
