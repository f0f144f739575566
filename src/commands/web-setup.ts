// Runs first in every web bundle (webpack.config.js puts it ahead of each entry): settings the pages need before any
// other module is evaluated.

import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to, and decides so when a schema is created, which
// happens at import time in src/core. Under the pages' CSP (no 'unsafe-eval') that probe is refused and reported as a
// violation even though zod falls back; jitless mode never makes it.
z.config({ jitless: true });
