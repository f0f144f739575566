// Every string the task pane and the standalone page show, in zh-CN (first) and en-US, and the language choice.

import type { Lang } from '../core/model';

const ZH = {
  appTitle: '指标审核',
  appSubtitle: '绩效目标表审核',

  // Actions
  check: '审核',
  annotate: '写入标注',
  clear: '清除标注',
  exportReport: '导出报告',
  exportCsv: '导出 CSV（表格）',
  exportJson: '导出 JSON（报告）',
  actionsLabel: '审核操作',
  scopeLabel: '审核范围',
  scopeActive: '当前工作表',
  scopeSelection: '所选区域',
  scopeAll: '全部工作表',

  // Progress
  progressReading: '正在读取工作表…',
  progressChecking: '正在审核…',
  progressWriting: '正在写入标注…',
  progressClearing: '正在清除标注…',
  progressSaving: '正在保存…',
  progressLabel: '进度',

  // Sections
  sectionsLabel: '面板分区',
  tabFindings: '问题',
  tabTables: '指标表',
  tabMapping: '列映射',
  tabSettings: '设置',

  // Summary and lists
  notChecked: '点击“审核”检查工作表中的绩效指标表。',
  summary: '{tables} 张指标表，{indicators} 个指标：{errors} 个错误，{warnings} 个警告，{infos} 个提示',
  noFindings: '未发现问题。',
  noTables: '没有找到绩效指标表。请检查表头（一级指标、二级指标、三级指标、指标值），或在“列映射”中指定表头行。',
  notCheckedNoTable: '未找到指标表，未审核（这不代表没有问题）。',
  noTableNoEvidence: '工作表中没有指标表的表头（一级指标、三级指标、指标值等），也没有指标类别词（产出指标、效益指标、满意度指标等）。',
  sheetsNotRead: '以下工作表像是指标表，但未能读出，未审核：',
  mapByHand: '手动指定表格的列',
  severity_error: '错误',
  severity_warning: '警告',
  severity_info: '提示',
  severityGroup: '{severity}（{count}）',
  ruleGroup: '{rule}（{count}）',
  findingsListLabel: '{severity}：{rule}',
  findingAria: '{severity}，{sheet}!{cell} {message}。按 Enter 选中该单元格',
  findingPlace: '{sheet}!{cell}',
  showMore: '再显示 {count} 条',
  moreCells: '另 {count} 处：{cells}',
  tablesListLabel: '找到的指标表',
  tableSheet: '工作表',
  tableRange: '区域',
  tableProject: '项目',
  tableProfile: '审核规范',
  tableIndicators: '指标数',
  tableFindings: '问题数',
  tableCounts: '{errors} 错误 / {warnings} 警告 / {infos} 提示',
  tableTotalScore: '总分',
  tableTotalWeight: '分值合计',
  tableStatedVsSum: '表中 {stated}，复算 {sum}',
  tableUnnamed: '（未命名项目）',
  tableGoTo: '定位到 {sheet}!{cell}',
  tableKind_project: '项目支出',
  tableKind_department: '部门整体',

  // Profiles
  profile_auto: '自动选择',
  'profile_project-2021': '2021版项目支出绩效指标',
  'profile_project-legacy': '旧版项目支出绩效目标表',
  profile_department: '部门整体支出绩效目标',
  'profile_self-evaluation': '项目支出绩效自评表',

  // Mapping
  mappingIntro: '检测到的表头或列不对时，在这里更正；更正保存在工作簿中，下次审核时使用。',
  mappingIntroPage: '检测到的表头或列不对时，在这里更正；更正在此文件本次打开期间有效（网页版不改动文件）。',
  mappingTable: '指标表（工作表 · 表头行）',
  mappingTableOption: '{sheet} · 第 {row} 行 · {project}',
  mappingHeaderRow: '表头行',
  mappingColumns: '各列的含义（填列号，如 E；留空表示没有该列）',
  mappingColumnFor: '“{role}”所在列',
  mappingSave: '保存映射',
  mappingReset: '恢复自动识别',
  mappingSaved: '列映射已保存，下次审核时使用。',
  mappingResetDone: '已恢复自动识别，下次审核时生效。',
  mappingInvalidColumn: '“{role}”的列号“{value}”无效，请填写 A～XFD 的列字母或留空。',
  mappingInvalidRow: '表头行“{value}”无效，请填写正整数。',
  mappingNoTables: '请先审核；没有找到表时，可在下面直接指定表头所在的工作表和行。',
  mappingNewSheet: '工作表',
  mappingNewRow: '表头所在行',
  mappingAdd: '按此表头识别',
  mappingOverridesCount: '已保存 {count} 条映射更正。',
  role_level1: '一级指标',
  role_level2: '二级指标',
  role_level3: '三级指标',
  role_level4: '四级指标',
  role_description: '指标描述',
  role_operator: '运算符/指标值类型',
  role_value: '指标值',
  role_unit: '计量单位',
  role_standard: '绩效标准',
  role_note: '备注',
  role_valueType: '指标性质',
  role_actual: '实际完成值',
  role_weight: '分值',
  role_score: '得分',
  role_deviation: '偏差原因',
  roleMidterm: '中期·{role}',

  // Settings
  settingsProfile: '审核规范',
  settingsRules: '规则（关闭的规则不再报告）',
  settingsFloor: '满意度下限（%）',
  settingsFloorHint: '留空则使用默认值 {value}',
  settingsAnnotation: '标注方式',
  settingsComments: '批注（Comments）',
  settingsNotes: '备注（Notes）',
  settingsNotesOnly: '此版本的 Excel 只支持备注。',
  settingsNotesOnlyPage: '网页版下载的标注副本使用备注（Notes）。',
  settingsLanguage: '界面语言',
  settingsLanguageAuto: '跟随 Office',
  settingsLanguageAutoWps: '默认（中文）',
  settingsLanguageAutoPage: '跟随浏览器',
  settingsSave: '保存设置',
  settingsSaved: '设置已保存，下次审核时使用。',
  settingsInvalid: '设置无效：{errors}',
  settingsStoredInvalid: '工作簿中保存的设置无效，已使用默认设置：{errors}',
  settingsStoredMappingInvalid: '工作簿中保存的列映射无效，已忽略。',

  // Results of actions
  annotated: '已在 {count} 个单元格写入标注。',
  cleared: '已清除 {count} 个单元格的标注，原有填充色已恢复。',
  nothingToAnnotate: '还没有审核结果，请先点击“审核”。',
  noFindingsToAnnotate: '没有问题需要标注；已清除以前的标注（如有）。',
  mergesUnknown: '此版本的 Excel 无法读取合并单元格，识别可能不完整。',
  ruleProblems: '{count} 条规则在部分表上运行出错（{rules}），其他结果完整。请报告此问题。',
  unexpected: '发生意外错误：{message}',
  exported: '已导出 {name}。',
  copyExportTitle: '复制报告：{name}',
  copyExportHelpWorkbook: 'Mac 版和 iPad 版 Excel 的加载项窗口不能下载文件。请点“复制”，再粘贴到新工作簿的 A1 单元格（各项自动分列），保存为 {name} 或工作簿。',
  copyExportHelpFile: 'Mac 版和 iPad 版 Excel 的加载项窗口不能下载文件。请点“复制”，再粘贴到文本文件中，以 {name} 的名字保存。',
  copyExportText: '报告内容',
  copyExportCopy: '复制',
  copyExportCopied: '已复制到剪贴板。',
  copyExportSelect: '未能直接复制：内容已选中，请按 ⌘C（Ctrl+C）复制。',
  dismiss: '关闭',
  messagesLabel: '消息',
  noHost: '请在 Excel 或 WPS 表格中打开此面板。没有 Office 的电脑可以使用网页版：',
  noHostLink: '打开网页版指标审核',

  // Standalone page
  standaloneTitle: '指标审核（网页版）',
  standaloneIntro: '在浏览器中打开 .xlsx 工作簿进行审核。文件只在本机处理，不会上传。',
  openFile: '打开工作簿…',
  openFileLabel: '选择要审核的 .xlsx 工作簿',
  dropHere: '或将 .xlsx 文件拖放到这里',
  dropZoneLabel: '文件拖放区',
  opened: '已打开 {name}（{sheets} 个工作表）。',
  openFailed: '无法打开 {name}：{message}',
  downloadAnnotated: '下载标注副本',
  downloaded: '已生成标注副本 {name}。',
  annotatedSuffix: '-审核标注',
  noWorkbook: '请先打开一个工作簿。',
  previewLabel: '工作表预览（只读）',
  previewSheets: '工作表',
  previewTruncated: '只显示第 {from}～{to} 行、前 {cols} 列。',
  previewEmpty: '此工作表为空。',
  previewSelected: '已选中 {sheet}!{cell}',
  previewNotes: '{cell} 的批注（写入标注副本的内容）',
  previewNoNote: '此单元格没有发现问题。',

  // Self-test (诊断)
  tabDiagnostics: '诊断',
  selfTestIntro:
    '自检在当前的 Excel 或 WPS 中逐项检查本加载项用到的功能：版本与要求集、设置的读写、在临时工作表上写入并清除底色和批注。' +
    '临时工作表和测试用的设置项随即删除，工作簿保持原样。完成后请点击“复制报告”，把报告发回。',
  selfTestRun: '运行自检',
  selfTestCopy: '复制报告',
  selfTestCopied: '自检报告已复制，可粘贴到邮件或聊天中发回。',
  selfTestCopyFailed: '无法写入剪贴板。请点击报告框，全选（Ctrl+A 或 ⌘A）后复制。',
  selfTestReportLabel: '自检报告',
  selfTestSummary: '{ok} 项通过，{warn} 项有警告，{failed} 项失败',
  selfTestDone: '自检完成：{ok} 项通过，{warn} 项有警告，{failed} 项失败。',
  progressSelfTest: '正在自检…',
  selfTestStatus_ok: '通过',
  selfTestStatus_warn: '警告',
  selfTestStatus_failed: '失败',
  selfTestReportTitle: '指标审核自检报告',
  selfTestReportVersion: '版本',
  selfTestReportTime: '时间',
  selfTestReportHost: '宿主',
  selfTestReportResult: '结果',
  selfTestReportLegend: '行首 ! 为警告，X 为失败',
  selfTestReportError: '错误',
  selfTestReportCleanupError: '清理失败，工作簿中可能留有临时内容',
} as const;

export type StringKey = keyof typeof ZH;

const EN: Record<StringKey, string> = {
  appTitle: 'Indicator Checker',
  appSubtitle: 'Performance target review',

  check: 'Check',
  annotate: 'Write annotations',
  clear: 'Clear annotations',
  exportReport: 'Export report',
  exportCsv: 'Export CSV (spreadsheet)',
  exportJson: 'Export JSON (report)',
  actionsLabel: 'Review actions',
  scopeLabel: 'Scope',
  scopeActive: 'Active sheet',
  scopeSelection: 'Selection',
  scopeAll: 'All sheets',

  progressReading: 'Reading the sheet…',
  progressChecking: 'Checking…',
  progressWriting: 'Writing annotations…',
  progressClearing: 'Clearing annotations…',
  progressSaving: 'Saving…',
  progressLabel: 'Progress',

  sectionsLabel: 'Pane sections',
  tabFindings: 'Findings',
  tabTables: 'Tables',
  tabMapping: 'Column mapping',
  tabSettings: 'Settings',

  notChecked: 'Click “Check” to review the performance indicator tables of the workbook.',
  summary:
    '{tables} {tables:table|tables}, {indicators} {indicators:indicator|indicators}: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} info',
  noFindings: 'No findings.',
  noTables:
    'No performance indicator table found. Check the header (一级指标, 二级指标, 三级指标, 指标值), or point at the header row under “Column mapping”.',
  notCheckedNoTable: 'No indicator table found, so nothing was checked (this does not mean there are no problems).',
  noTableNoEvidence:
    'No sheet holds an indicator table header (一级指标, 三级指标, 指标值…) or indicator category words (产出指标, 效益指标, 满意度指标…).',
  sheetsNotRead: 'These sheets look like indicator tables but could not be read, so they were not checked:',
  mapByHand: 'Map the table’s columns by hand',
  severity_error: 'Error',
  severity_warning: 'Warning',
  severity_info: 'Info',
  severityGroup: '{severity} ({count})',
  ruleGroup: '{rule} ({count})',
  findingsListLabel: '{severity}: {rule}',
  findingAria: '{severity}, {sheet}!{cell} {message}. Press Enter to select the cell',
  findingPlace: '{sheet}!{cell}',
  showMore: 'Show {count} more',
  moreCells: '{count} more {count:cell|cells}: {cells}',
  tablesListLabel: 'Tables found',
  tableSheet: 'Sheet',
  tableRange: 'Range',
  tableProject: 'Project',
  tableProfile: 'Profile',
  tableIndicators: 'Indicators',
  tableFindings: 'Findings',
  tableCounts: '{errors} {errors:error|errors} / {warnings} {warnings:warning|warnings} / {infos} info',
  tableTotalScore: 'Total score',
  tableTotalWeight: 'Weights',
  tableStatedVsSum: 'stated {stated}, recomputed {sum}',
  tableUnnamed: '(unnamed project)',
  tableGoTo: 'Go to {sheet}!{cell}',
  tableKind_project: 'Project',
  tableKind_department: 'Department-wide',

  profile_auto: 'Choose automatically',
  'profile_project-2021': '2021 project framework',
  'profile_project-legacy': 'Older project form',
  profile_department: 'Department-wide form',
  'profile_self-evaluation': 'Project self-evaluation form',

  mappingIntro:
    'Correct a detected header row or column here; corrections are kept with the workbook and used on the next check.',
  mappingIntroPage:
    'Correct a detected header row or column here; corrections hold while this file is open (the web version does not change the file).',
  mappingTable: 'Table (sheet · header row)',
  mappingTableOption: '{sheet} · row {row} · {project}',
  mappingHeaderRow: 'Header row',
  mappingColumns: 'What each column holds (a column letter such as E; empty: no such column)',
  mappingColumnFor: 'Column of “{role}”',
  mappingSave: 'Save mapping',
  mappingReset: 'Back to automatic detection',
  mappingSaved: 'Column mapping saved; it is used on the next check.',
  mappingResetDone: 'Automatic detection restored; it applies on the next check.',
  mappingInvalidColumn: 'Column “{value}” for “{role}” is not valid; enter a column letter A–XFD or leave it empty.',
  mappingInvalidRow: 'Header row “{value}” is not valid; enter a positive whole number.',
  mappingNoTables: 'Check first; when no table is found, name the sheet and row of its header below.',
  mappingNewSheet: 'Sheet',
  mappingNewRow: 'Header row',
  mappingAdd: 'Use this header',
  mappingOverridesCount: '{count} mapping {count:correction|corrections} saved.',
  role_level1: 'Level 1 (一级指标)',
  role_level2: 'Level 2 (二级指标)',
  role_level3: 'Level 3 (三级指标)',
  role_level4: 'Level 4 (四级指标)',
  role_description: 'Description',
  role_operator: 'Operator / value type',
  role_value: 'Target value',
  role_unit: 'Unit',
  role_standard: 'Standard',
  role_note: 'Note',
  role_valueType: 'Value kind',
  role_actual: 'Actual value',
  role_weight: 'Weight (分值)',
  role_score: 'Score (得分)',
  role_deviation: 'Reason for a shortfall',
  roleMidterm: 'Mid-term · {role}',

  settingsProfile: 'Review profile',
  settingsRules: 'Rules (a rule switched off is not reported)',
  settingsFloor: 'Satisfaction floor (%)',
  settingsFloorHint: 'Leave empty for the default, {value}',
  settingsAnnotation: 'Annotate with',
  settingsComments: 'Comments',
  settingsNotes: 'Notes',
  settingsNotesOnly: 'This version of Excel only supports notes.',
  settingsNotesOnlyPage: 'The annotated copy downloaded from the web version uses notes.',
  settingsLanguage: 'Language',
  settingsLanguageAuto: 'Follow Office',
  settingsLanguageAutoWps: 'Default (Chinese)',
  settingsLanguageAutoPage: 'Follow the browser',
  settingsSave: 'Save settings',
  settingsSaved: 'Settings saved; they are used on the next check.',
  settingsInvalid: 'Invalid settings: {errors}',
  settingsStoredInvalid: 'The settings stored in the workbook are not valid; defaults are used: {errors}',
  settingsStoredMappingInvalid: 'The column mapping stored in the workbook is not valid and was ignored.',

  annotated: 'Annotations written to {count} {count:cell|cells}.',
  cleared: 'Annotations cleared from {count} {count:cell|cells}; their original fills are restored.',
  nothingToAnnotate: 'There is no result yet; click “Check” first.',
  noFindingsToAnnotate: 'No findings to annotate; earlier annotations (if any) were removed.',
  mergesUnknown: 'This Excel version cannot read merged cells; detection may be incomplete.',
  ruleProblems:
    '{count} {count:rule|rules} failed on some tables ({rules}); the other results are complete. Please report this.',
  unexpected: 'Unexpected error: {message}',
  exported: 'Exported {name}.',
  copyExportTitle: 'Copy the report: {name}',
  copyExportHelpWorkbook: 'Excel for Mac and iPad cannot save downloads from an add-in. Press Copy and paste into cell A1 of a new workbook (each field gets its own column), then save it as {name} or as a workbook.',
  copyExportHelpFile: 'Excel for Mac and iPad cannot save downloads from an add-in. Press Copy, paste into a text file and save it as {name}.',
  copyExportText: 'Report',
  copyExportCopy: 'Copy',
  copyExportCopied: 'Copied to the clipboard.',
  copyExportSelect: 'Could not copy directly: the text is selected, press ⌘C (Ctrl+C) to copy it.',
  dismiss: 'Dismiss',
  messagesLabel: 'Messages',
  noHost: 'Open this pane in Excel or WPS Spreadsheets. On a computer without Office, use the web version:',
  noHostLink: 'Open the web version of Indicator Checker',

  standaloneTitle: 'Indicator Checker (web)',
  standaloneIntro: 'Open an .xlsx workbook in the browser to review it. The file is processed on this computer and never uploaded.',
  openFile: 'Open workbook…',
  openFileLabel: 'Choose an .xlsx workbook to check',
  dropHere: 'or drop an .xlsx file here',
  dropZoneLabel: 'File drop area',
  opened: 'Opened {name} ({sheets} {sheets:sheet|sheets}).',
  openFailed: 'Cannot open {name}: {message}',
  downloadAnnotated: 'Download annotated copy',
  downloaded: 'Annotated copy {name} created.',
  annotatedSuffix: '-annotated',
  noWorkbook: 'Open a workbook first.',
  previewLabel: 'Sheet preview (read-only)',
  previewSheets: 'Sheets',
  previewTruncated: 'Showing rows {from}–{to} and the first {cols} columns.',
  previewEmpty: 'This sheet is empty.',
  previewSelected: 'Selected {sheet}!{cell}',
  previewNotes: 'Comment on {cell} (as written into the annotated copy)',
  previewNoNote: 'No finding on this cell.',

  tabDiagnostics: 'Diagnostics',
  selfTestIntro:
    'The self-test checks, in this Excel or WPS, each thing the add-in relies on: version and requirement sets, ' +
    'reading and writing settings, and a fill and comments written and cleared on a scratch sheet. The scratch ' +
    'sheet and the test setting are removed at once; the workbook stays as it was. Then click “Copy report” and send the report back.',
  selfTestRun: 'Run self-test',
  selfTestCopy: 'Copy report',
  selfTestCopied: 'Self-test report copied; paste it into a mail or a chat to send it back.',
  selfTestCopyFailed: 'The clipboard could not be written. Click the report, select all (Ctrl+A or ⌘A) and copy.',
  selfTestReportLabel: 'Self-test report',
  selfTestSummary: '{ok} passed, {warn} with warnings, {failed} failed',
  selfTestDone: 'Self-test done: {ok} passed, {warn} with warnings, {failed} failed.',
  progressSelfTest: 'Running the self-test…',
  selfTestStatus_ok: 'OK',
  selfTestStatus_warn: 'WARNING',
  selfTestStatus_failed: 'FAILED',
  selfTestReportTitle: 'Indicator Checker self-test report',
  selfTestReportVersion: 'Version',
  selfTestReportTime: 'Time',
  selfTestReportHost: 'Host',
  selfTestReportResult: 'Result',
  selfTestReportLegend: 'a line starting with ! is a warning, X a failure',
  selfTestReportError: 'Error',
  selfTestReportCleanupError: 'Cleanup failed; something may be left in the workbook',
};

export const STRINGS: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = { 'zh-CN': ZH, 'en-US': EN };

export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** `{count:cell|cells}`: the singular when the value named is 1, else the plural (English; Chinese needs none). */
const PLURAL = /\{([A-Za-z_][A-Za-z0-9_]*):([^|{}]*)\|([^{}]*)\}/g;

/**
 * A UI string with its `{name}` placeholders filled (a missing value is left visible rather than hidden) and its
 * `{name:singular|plural}` forms chosen by the value of `name`.
 */
export function t(lang: Lang, key: StringKey, data: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[lang][key]
    // Without the value, the plural (the placeholder beside it stays visible).
    .replace(PLURAL, (_whole, name: string, one: string, other: string) =>
      Object.prototype.hasOwnProperty.call(data, name) && Number(data[name]) === 1 ? one : other,
    )
    .replace(PLACEHOLDER, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
    );
}

/** Both languages of a UI string, in the shape of a HostMessage's texts. */
export function both(key: StringKey, data: Readonly<Record<string, string | number>> = {}): Record<Lang, string> {
  return { 'zh-CN': t('zh-CN', key, data), 'en-US': t('en-US', key, data) };
}

/**
 * The pane's language from Office's display language: Chinese (any region) and an unknown language give zh-CN,
 * the product's first language; any other language gives en-US, the one foreign language the pane speaks.
 */
export function langFromDisplayLanguage(tag: string | null | undefined): Lang {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === '' || lower.startsWith('zh')) return 'zh-CN';
  return 'en-US';
}
