// The style of a pane row that selects its cell (a finding, an indicator of a self-evaluation table): a full-width
// button reading as a line of text, with a left border a list may colour and the focus ring drawn inside it.

import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const selectableRow: GriffelStyle = {
  display: 'block',
  width: '100%',
  textAlign: 'start',
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  border: 'none',
  borderLeft: `${tokens.strokeWidthThick} solid transparent`,
  backgroundColor: 'transparent',
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  ':focus-visible': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
};
