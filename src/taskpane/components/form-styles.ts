// Styles the pane's forms share (column mapping, settings). Laid out for a 320–400 px pane: nothing is wider than its
// box (a fieldset's and a flex or grid item's minimum width is their content's unless set to 0, and Fluent's Input
// has an intrinsic width).

import { makeStyles, tokens } from '@fluentui/react-components';

export const useFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  control: { width: '100%', minWidth: 0 },
  narrow: { width: '100%', maxWidth: '8rem', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
    minWidth: 0,
  },
  legend: { overflowWrap: 'anywhere' },
  error: { color: tokens.colorStatusDangerForeground1 },
});
