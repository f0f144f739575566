// Jest setup: an indicator read on its own row is the model's indicator with its `cells` (core/indicator-cells.ts),
// whether or not something has read them yet. Deep equality compares it in that form, as JSON and the worker's
// posting give it, so that a test comparing detected tables compares every indicator's cells too.

import { expect } from '@jest/globals';
import { LaidOutIndicator, plainIndicator } from '../src/core/indicator-cells';

expect.addEqualityTesters([
  function laidOutIndicators(a, b, customTesters) {
    if (!(a instanceof LaidOutIndicator) && !(b instanceof LaidOutIndicator)) return undefined;
    const plain = (x: unknown) => (x instanceof LaidOutIndicator ? plainIndicator(x) : x);
    return this.equals(plain(a), plain(b), customTesters);
  },
]);
