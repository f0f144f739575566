// Every string the task pane and the standalone page show: one catalog of the core/messages.ts shape
// (`{ key: { 'zh-CN', 'en-US' } }`), rendered by t/both with core/messages.ts format; and the language choice.

import { format, type Bilingual, type Catalog } from '../core/messages';
import type { Lang } from '../core/model';

export const APP_MESSAGES = {
  appTitle: { 'zh-CN': '指标审核', 'en-US': 'Indicator Checker' },
  appSubtitle: { 'zh-CN': '绩效目标表审核', 'en-US': 'Performance target review' },

  // Actions
  check: { 'zh-CN': '审核', 'en-US': 'Check' },
  annotate: { 'zh-CN': '写入标注', 'en-US': 'Write annotations' },
  clear: { 'zh-CN': '清除标注', 'en-US': 'Clear annotations' },
  exportReport: { 'zh-CN': '导出报告', 'en-US': 'Export report' },
  exportCsv: { 'zh-CN': '导出 CSV（表格）', 'en-US': 'Export CSV (spreadsheet)' },
  exportJson: { 'zh-CN': '导出 JSON（报告）', 'en-US': 'Export JSON (report)' },
  actionsLabel: { 'zh-CN': '审核操作', 'en-US': 'Review actions' },
  scopeLabel: { 'zh-CN': '审核范围', 'en-US': 'Scope' },
  scopeActive: { 'zh-CN': '当前工作表', 'en-US': 'Active sheet' },
  scopeSelection: { 'zh-CN': '所选区域', 'en-US': 'Selection' },
  scopeAll: { 'zh-CN': '全部工作表', 'en-US': 'All sheets' },

  // Progress
  progressReading: { 'zh-CN': '正在读取工作表…', 'en-US': 'Reading the sheet…' },
  progressChecking: { 'zh-CN': '正在审核…', 'en-US': 'Checking…' },
  progressWriting: { 'zh-CN': '正在写入标注…', 'en-US': 'Writing annotations…' },
  progressClearing: { 'zh-CN': '正在清除标注…', 'en-US': 'Clearing annotations…' },
  progressSaving: { 'zh-CN': '正在保存…', 'en-US': 'Saving…' },
  progressLabel: { 'zh-CN': '进度', 'en-US': 'Progress' },

  // Sections
  sectionsLabel: { 'zh-CN': '面板分区', 'en-US': 'Pane sections' },
  tabFindings: { 'zh-CN': '问题', 'en-US': 'Findings' },
  tabTables: { 'zh-CN': '指标表', 'en-US': 'Tables' },
  tabMapping: { 'zh-CN': '列映射', 'en-US': 'Column mapping' },
  tabSettings: { 'zh-CN': '设置', 'en-US': 'Settings' },

  // Summary and lists
  notChecked: {
    'zh-CN': '点击“审核”检查工作表中的绩效指标表。',
    'en-US': 'Click “Check” to review the performance indicator tables of the workbook.',
  },
  summary: {
    'zh-CN': '{tables} 张指标表，{indicators} 个指标：{errors} 个错误，{warnings} 个警告，{infos} 个提示',
    'en-US':
      '{tables} {tables:table|tables}, {indicators} {indicators:indicator|indicators}: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} info',
  },
  noFindings: { 'zh-CN': '未发现问题。', 'en-US': 'No findings.' },
  noTables: {
    'zh-CN': '没有找到绩效指标表。请检查表头（一级指标、二级指标、三级指标、指标值），或在“列映射”中指定表头行。',
    'en-US':
      'No performance indicator table found. Check the header (一级指标, 二级指标, 三级指标, 指标值), or point at the header row under “Column mapping”.',
  },
  notCheckedNoTable: {
    'zh-CN': '未找到指标表，未审核（这不代表没有问题）。',
    'en-US': 'No indicator table found, so nothing was checked (this does not mean there are no problems).',
  },
  noTableNoEvidence: {
    'zh-CN':
      '工作表中没有指标表的表头（一级指标、三级指标、指标值等），也没有指标类别词（产出指标、效益指标、满意度指标等）。',
    'en-US':
      'No sheet holds an indicator table header (一级指标, 三级指标, 指标值…) or indicator category words (产出指标, 效益指标, 满意度指标…).',
  },
  sheetsNotRead: {
    'zh-CN': '以下工作表像是指标表，但未能读出，未审核：',
    'en-US': 'These sheets look like indicator tables but could not be read, so they were not checked:',
  },
  mapByHand: { 'zh-CN': '手动指定表格的列', 'en-US': 'Map the table’s columns by hand' },
  severity_error: { 'zh-CN': '错误', 'en-US': 'Error' },
  severity_warning: { 'zh-CN': '警告', 'en-US': 'Warning' },
  severity_info: { 'zh-CN': '提示', 'en-US': 'Info' },
  severityGroup: { 'zh-CN': '{severity}（{count}）', 'en-US': '{severity} ({count})' },
  ruleGroup: { 'zh-CN': '{rule}（{count}）', 'en-US': '{rule} ({count})' },
  findingsListLabel: { 'zh-CN': '{severity}：{rule}', 'en-US': '{severity}: {rule}' },
  findingAria: {
    'zh-CN': '{severity}，{sheet}!{cell} {message}。按 Enter 选中该单元格',
    'en-US': '{severity}, {sheet}!{cell} {message}. Press Enter to select the cell',
  },
  findingPlace: { 'zh-CN': '{sheet}!{cell}', 'en-US': '{sheet}!{cell}' },
  showMore: { 'zh-CN': '再显示 {count} 条', 'en-US': 'Show {count} more' },
  moreCells: { 'zh-CN': '另 {count} 处：{cells}', 'en-US': '{count} more {count:cell|cells}: {cells}' },
  tablesListLabel: { 'zh-CN': '找到的指标表', 'en-US': 'Tables found' },
  tableSheet: { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  tableRange: { 'zh-CN': '区域', 'en-US': 'Range' },
  tableProject: { 'zh-CN': '项目', 'en-US': 'Project' },
  tableProfile: { 'zh-CN': '审核规范', 'en-US': 'Profile' },
  tableIndicators: { 'zh-CN': '指标数', 'en-US': 'Indicators' },
  tableFindings: { 'zh-CN': '问题数', 'en-US': 'Findings' },
  tableCounts: {
    'zh-CN': '{errors} 错误 / {warnings} 警告 / {infos} 提示',
    'en-US': '{errors} {errors:error|errors} / {warnings} {warnings:warning|warnings} / {infos} info',
  },
  tableTotalScore: { 'zh-CN': '总分', 'en-US': 'Total score' },
  tableTotalWeight: { 'zh-CN': '分值合计', 'en-US': 'Weights' },
  tableStatedVsSum: { 'zh-CN': '表中 {stated}，复算 {sum}', 'en-US': 'stated {stated}, recomputed {sum}' },
  tableUnnamed: { 'zh-CN': '（未命名项目）', 'en-US': '(unnamed project)' },
  tableGoTo: { 'zh-CN': '定位到 {sheet}!{cell}', 'en-US': 'Go to {sheet}!{cell}' },
  tableKind_project: { 'zh-CN': '项目支出', 'en-US': 'Project' },
  tableKind_department: { 'zh-CN': '部门整体', 'en-US': 'Department-wide' },
  selfEvalDetails: { 'zh-CN': '指标明细（{count}）', 'en-US': 'Indicator details ({count})' },
  selfEvalListLabel: { 'zh-CN': '{project} 的指标明细', 'en-US': 'Indicator details of {project}' },
  selfEvalMoneyLabel: { 'zh-CN': '资金', 'en-US': 'Funds' },
  selfEvalMoney: {
    'zh-CN': '预算 {budget} 万元 · 执行 {executed} 万元 · 执行率 {rate} · 分值 {weight} · 得分 {score}',
    'en-US': 'Budget {budget}, spent {executed} (万元) · rate {rate} · weight {weight} · score {score}',
  },
  selfEvalTarget: { 'zh-CN': '目标', 'en-US': 'Target' },
  selfEvalActual: { 'zh-CN': '实际', 'en-US': 'Actual' },
  selfEvalWeight: { 'zh-CN': '分值', 'en-US': 'Weight' },
  selfEvalScore: { 'zh-CN': '得分', 'en-US': 'Score' },
  selfEvalDeviation: { 'zh-CN': '偏差原因', 'en-US': 'Reason' },
  selfEvalNoName: { 'zh-CN': '（未填指标名称）', 'en-US': '(no indicator name)' },
  selfEvalGoTo: { 'zh-CN': '点击定位到 {sheet}!{cell}', 'en-US': 'Click to go to {sheet}!{cell}' },

  // Profiles
  profile_auto: { 'zh-CN': '自动选择', 'en-US': 'Choose automatically' },
  'profile_project-2021': { 'zh-CN': '2021版项目支出绩效指标', 'en-US': '2021 project framework' },
  'profile_project-legacy': { 'zh-CN': '旧版项目支出绩效目标表', 'en-US': 'Older project form' },
  profile_department: { 'zh-CN': '部门整体支出绩效目标', 'en-US': 'Department-wide form' },
  'profile_self-evaluation': { 'zh-CN': '项目支出绩效自评表', 'en-US': 'Project self-evaluation form' },

  // Mapping
  mappingIntro: {
    'zh-CN': '检测到的表头或列不对时，在这里更正；更正保存在工作簿中，下次审核时使用。',
    'en-US':
      'Correct a detected header row or column here; corrections are kept with the workbook and used on the next check.',
  },
  mappingIntroPage: {
    'zh-CN': '检测到的表头或列不对时，在这里更正；更正在此文件本次打开期间有效（网页版不改动文件）。',
    'en-US':
      'Correct a detected header row or column here; corrections hold while this file is open (the web version does not change the file).',
  },
  mappingTable: { 'zh-CN': '指标表（工作表 · 表头行）', 'en-US': 'Table (sheet · header row)' },
  mappingTableOption: { 'zh-CN': '{sheet} · 第 {row} 行 · {project}', 'en-US': '{sheet} · row {row} · {project}' },
  mappingHeaderRow: { 'zh-CN': '表头行', 'en-US': 'Header row' },
  mappingColumns: {
    'zh-CN': '各列的含义（填列号，如 E；留空表示没有该列）',
    'en-US': 'What each column holds (a column letter such as E; empty: no such column)',
  },
  mappingColumnFor: { 'zh-CN': '“{role}”所在列', 'en-US': 'Column of “{role}”' },
  mappingSave: { 'zh-CN': '保存映射', 'en-US': 'Save mapping' },
  mappingReset: { 'zh-CN': '恢复自动识别', 'en-US': 'Back to automatic detection' },
  mappingSaved: {
    'zh-CN': '列映射已保存，下次审核时使用。',
    'en-US': 'Column mapping saved; it is used on the next check.',
  },
  mappingResetDone: {
    'zh-CN': '已恢复自动识别，下次审核时生效。',
    'en-US': 'Automatic detection restored; it applies on the next check.',
  },
  mappingInvalidColumn: {
    'zh-CN': '“{role}”的列号“{value}”无效，请填写 A～XFD 的列字母或留空。',
    'en-US': 'Column “{value}” for “{role}” is not valid; enter a column letter A–XFD or leave it empty.',
  },
  mappingInvalidRow: {
    'zh-CN': '表头行“{value}”无效，请填写正整数。',
    'en-US': 'Header row “{value}” is not valid; enter a positive whole number.',
  },
  mappingNoTables: {
    'zh-CN': '请先审核；没有找到表时，可在下面直接指定表头所在的工作表和行。',
    'en-US': 'Check first; when no table is found, name the sheet and row of its header below.',
  },
  mappingNewSheet: { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  mappingNewRow: { 'zh-CN': '表头所在行', 'en-US': 'Header row' },
  mappingAdd: { 'zh-CN': '按此表头识别', 'en-US': 'Use this header' },
  mappingOverridesCount: {
    'zh-CN': '已保存 {count} 条映射更正。',
    'en-US': '{count} mapping {count:correction|corrections} saved.',
  },
  role_level1: { 'zh-CN': '一级指标', 'en-US': 'Level 1 (一级指标)' },
  role_level2: { 'zh-CN': '二级指标', 'en-US': 'Level 2 (二级指标)' },
  role_level3: { 'zh-CN': '三级指标', 'en-US': 'Level 3 (三级指标)' },
  role_level4: { 'zh-CN': '四级指标', 'en-US': 'Level 4 (四级指标)' },
  role_description: { 'zh-CN': '指标描述', 'en-US': 'Description' },
  role_operator: { 'zh-CN': '运算符/指标值类型', 'en-US': 'Operator / value type' },
  role_value: { 'zh-CN': '指标值', 'en-US': 'Target value' },
  role_unit: { 'zh-CN': '计量单位', 'en-US': 'Unit' },
  role_standard: { 'zh-CN': '绩效标准', 'en-US': 'Standard' },
  role_note: { 'zh-CN': '备注', 'en-US': 'Note' },
  role_valueType: { 'zh-CN': '指标性质', 'en-US': 'Value kind' },
  role_actual: { 'zh-CN': '实际完成值', 'en-US': 'Actual value' },
  role_weight: { 'zh-CN': '分值', 'en-US': 'Weight (分值)' },
  role_score: { 'zh-CN': '得分', 'en-US': 'Score (得分)' },
  role_deviation: { 'zh-CN': '偏差原因', 'en-US': 'Reason for a shortfall' },
  roleMidterm: { 'zh-CN': '中期·{role}', 'en-US': 'Mid-term · {role}' },

  // Settings
  settingsProfile: { 'zh-CN': '审核规范', 'en-US': 'Review profile' },
  settingsRules: { 'zh-CN': '规则（关闭的规则不再报告）', 'en-US': 'Rules (a rule switched off is not reported)' },
  settingsFloor: { 'zh-CN': '满意度下限（%）', 'en-US': 'Satisfaction floor (%)' },
  settingsFloorHint: { 'zh-CN': '留空则使用默认值 {value}', 'en-US': 'Leave empty for the default, {value}' },
  settingsAnnotation: { 'zh-CN': '标注方式', 'en-US': 'Annotate with' },
  settingsComments: { 'zh-CN': '批注（Comments）', 'en-US': 'Comments' },
  settingsNotes: { 'zh-CN': '备注（Notes）', 'en-US': 'Notes' },
  settingsNotesOnly: { 'zh-CN': '此版本的 Excel 只支持备注。', 'en-US': 'This version of Excel only supports notes.' },
  settingsNotesOnlyPage: {
    'zh-CN': '网页版下载的标注副本使用备注（Notes）。',
    'en-US': 'The annotated copy downloaded from the web version uses notes.',
  },
  settingsLanguage: { 'zh-CN': '界面语言', 'en-US': 'Language' },
  settingsLanguageAuto: { 'zh-CN': '跟随 Office', 'en-US': 'Follow Office' },
  settingsLanguageAutoWps: { 'zh-CN': '默认（中文）', 'en-US': 'Default (Chinese)' },
  settingsLanguageAutoPage: { 'zh-CN': '跟随浏览器', 'en-US': 'Follow the browser' },
  settingsSave: { 'zh-CN': '保存设置', 'en-US': 'Save settings' },
  settingsSaved: {
    'zh-CN': '设置已保存，下次审核时使用。',
    'en-US': 'Settings saved; they are used on the next check.',
  },
  settingsInvalid: { 'zh-CN': '设置无效：{errors}', 'en-US': 'Invalid settings: {errors}' },
  settingsStoredInvalid: {
    'zh-CN': '工作簿中保存的设置无效，已使用默认设置：{errors}',
    'en-US': 'The settings stored in the workbook are not valid; defaults are used: {errors}',
  },
  settingsStoredMappingInvalid: {
    'zh-CN': '工作簿中保存的列映射无效，已忽略。',
    'en-US': 'The column mapping stored in the workbook is not valid and was ignored.',
  },

  // Results of actions
  annotated: {
    'zh-CN': '已在 {count} 个单元格写入标注。',
    'en-US': 'Annotations written to {count} {count:cell|cells}.',
  },
  cleared: {
    'zh-CN': '已清除 {count} 个单元格的标注，原有填充色已恢复。',
    'en-US': 'Annotations cleared from {count} {count:cell|cells}; their original fills are restored.',
  },
  nothingToAnnotate: {
    'zh-CN': '还没有审核结果，请先点击“审核”。',
    'en-US': 'There is no result yet; click “Check” first.',
  },
  noFindingsToAnnotate: {
    'zh-CN': '没有问题需要标注；已清除以前的标注（如有）。',
    'en-US': 'No findings to annotate; earlier annotations (if any) were removed.',
  },
  mergesUnknown: {
    'zh-CN': '此版本的 Excel 无法读取合并单元格，识别可能不完整。',
    'en-US': 'This Excel version cannot read merged cells; detection may be incomplete.',
  },
  ruleProblems: {
    'zh-CN': '{count} 条规则在部分表上运行出错（{rules}），其他结果完整。请报告此问题。',
    'en-US':
      '{count} {count:rule|rules} failed on some tables ({rules}); the other results are complete. Please report this.',
  },
  unexpected: { 'zh-CN': '发生意外错误：{message}', 'en-US': 'Unexpected error: {message}' },
  exported: { 'zh-CN': '已导出 {name}。', 'en-US': 'Exported {name}.' },
  copyExportTitle: { 'zh-CN': '复制报告：{name}', 'en-US': 'Copy the report: {name}' },
  copyExportHelpWorkbook: {
    'zh-CN':
      'Mac 版和 iPad 版 Excel 的加载项窗口不能下载文件。请点“复制”，再粘贴到新工作簿的 A1 单元格（各项自动分列），保存为 {name} 或工作簿。',
    'en-US':
      'Excel for Mac and iPad cannot save downloads from an add-in. Press Copy and paste into cell A1 of a new workbook (each field gets its own column), then save it as {name} or as a workbook.',
  },
  copyExportHelpFile: {
    'zh-CN': 'Mac 版和 iPad 版 Excel 的加载项窗口不能下载文件。请点“复制”，再粘贴到文本文件中，以 {name} 的名字保存。',
    'en-US':
      'Excel for Mac and iPad cannot save downloads from an add-in. Press Copy, paste into a text file and save it as {name}.',
  },
  copyExportText: { 'zh-CN': '报告内容', 'en-US': 'Report' },
  copyExportCopy: { 'zh-CN': '复制', 'en-US': 'Copy' },
  copyExportCopied: { 'zh-CN': '已复制到剪贴板。', 'en-US': 'Copied to the clipboard.' },
  copyExportSelect: {
    'zh-CN': '未能直接复制：内容已选中，请按 ⌘C（Ctrl+C）复制。',
    'en-US': 'Could not copy directly: the text is selected, press ⌘C (Ctrl+C) to copy it.',
  },
  dismiss: { 'zh-CN': '关闭', 'en-US': 'Dismiss' },
  messagesLabel: { 'zh-CN': '消息', 'en-US': 'Messages' },
  noHost: {
    'zh-CN': '请在 Excel 或 WPS 表格中打开此面板。没有 Office 的电脑可以使用网页版：',
    'en-US': 'Open this pane in Excel or WPS Spreadsheets. On a computer without Office, use the web version:',
  },
  noHostLink: { 'zh-CN': '打开网页版指标审核', 'en-US': 'Open the web version of Indicator Checker' },

  // Standalone page
  standaloneTitle: { 'zh-CN': '指标审核（网页版）', 'en-US': 'Indicator Checker (web)' },
  standaloneIntro: {
    'zh-CN': '在浏览器中打开 .xlsx 工作簿进行审核。文件只在本机处理，不会上传。',
    'en-US':
      'Open an .xlsx workbook in the browser to review it. The file is processed on this computer and never uploaded.',
  },
  openFile: { 'zh-CN': '打开工作簿…', 'en-US': 'Open workbook…' },
  openFileLabel: { 'zh-CN': '选择要审核的 .xlsx 工作簿', 'en-US': 'Choose an .xlsx workbook to check' },
  dropHere: { 'zh-CN': '或将 .xlsx 文件拖放到这里', 'en-US': 'or drop an .xlsx file here' },
  dropZoneLabel: { 'zh-CN': '文件拖放区', 'en-US': 'File drop area' },
  opened: {
    'zh-CN': '已打开 {name}（{sheets} 个工作表）。',
    'en-US': 'Opened {name} ({sheets} {sheets:sheet|sheets}).',
  },
  openFailed: { 'zh-CN': '无法打开 {name}：{message}', 'en-US': 'Cannot open {name}: {message}' },
  downloadAnnotated: { 'zh-CN': '下载标注副本', 'en-US': 'Download annotated copy' },
  downloaded: { 'zh-CN': '已生成标注副本 {name}。', 'en-US': 'Annotated copy {name} created.' },
  annotatedSuffix: { 'zh-CN': '-审核标注', 'en-US': '-annotated' },
  noWorkbook: { 'zh-CN': '请先打开一个工作簿。', 'en-US': 'Open a workbook first.' },
  previewLabel: { 'zh-CN': '工作表预览（只读）', 'en-US': 'Sheet preview (read-only)' },
  previewSheets: { 'zh-CN': '工作表', 'en-US': 'Sheets' },
  previewTruncated: {
    'zh-CN': '只显示第 {from}～{to} 行、前 {cols} 列。',
    'en-US': 'Showing rows {from}–{to} and the first {cols} columns.',
  },
  previewEmpty: { 'zh-CN': '此工作表为空。', 'en-US': 'This sheet is empty.' },
  previewSelected: { 'zh-CN': '已选中 {sheet}!{cell}', 'en-US': 'Selected {sheet}!{cell}' },
  previewNotes: {
    'zh-CN': '{cell} 的批注（写入标注副本的内容）',
    'en-US': 'Comment on {cell} (as written into the annotated copy)',
  },
  previewNoNote: { 'zh-CN': '此单元格没有发现问题。', 'en-US': 'No finding on this cell.' },

  // Self-test (诊断)
  tabDiagnostics: { 'zh-CN': '诊断', 'en-US': 'Diagnostics' },
  selfTestIntro: {
    'zh-CN':
      '自检在当前的 Excel 或 WPS 中逐项检查本加载项用到的功能：版本与要求集、设置的读写、在临时工作表上写入并清除底色和批注。临时工作表和测试用的设置项随即删除，工作簿保持原样。完成后请点击“复制报告”，把报告发回。',
    'en-US':
      'The self-test checks, in this Excel or WPS, each thing the add-in relies on: version and requirement sets, reading and writing settings, and a fill and comments written and cleared on a scratch sheet. The scratch sheet and the test setting are removed at once; the workbook stays as it was. Then click “Copy report” and send the report back.',
  },
  selfTestRun: { 'zh-CN': '运行自检', 'en-US': 'Run self-test' },
  selfTestCopy: { 'zh-CN': '复制报告', 'en-US': 'Copy report' },
  selfTestCopied: {
    'zh-CN': '自检报告已复制，可粘贴到邮件或聊天中发回。',
    'en-US': 'Self-test report copied; paste it into a mail or a chat to send it back.',
  },
  selfTestCopyFailed: {
    'zh-CN': '无法写入剪贴板。请点击报告框，全选（Ctrl+A 或 ⌘A）后复制。',
    'en-US': 'The clipboard could not be written. Click the report, select all (Ctrl+A or ⌘A) and copy.',
  },
  selfTestReportLabel: { 'zh-CN': '自检报告', 'en-US': 'Self-test report' },
  selfTestSummary: {
    'zh-CN': '{ok} 项通过，{warn} 项有警告，{failed} 项失败',
    'en-US': '{ok} passed, {warn} with warnings, {failed} failed',
  },
  selfTestDone: {
    'zh-CN': '自检完成：{ok} 项通过，{warn} 项有警告，{failed} 项失败。',
    'en-US': 'Self-test done: {ok} passed, {warn} with warnings, {failed} failed.',
  },
  progressSelfTest: { 'zh-CN': '正在自检…', 'en-US': 'Running the self-test…' },
  selfTestStatus_ok: { 'zh-CN': '通过', 'en-US': 'OK' },
  selfTestStatus_warn: { 'zh-CN': '警告', 'en-US': 'WARNING' },
  selfTestStatus_failed: { 'zh-CN': '失败', 'en-US': 'FAILED' },
  selfTestReportTitle: { 'zh-CN': '指标审核自检报告', 'en-US': 'Indicator Checker self-test report' },
  selfTestReportVersion: { 'zh-CN': '版本', 'en-US': 'Version' },
  selfTestReportTime: { 'zh-CN': '时间', 'en-US': 'Time' },
  selfTestReportHost: { 'zh-CN': '宿主', 'en-US': 'Host' },
  selfTestReportResult: { 'zh-CN': '结果', 'en-US': 'Result' },
  selfTestReportLegend: {
    'zh-CN': '行首 ! 为警告，X 为失败',
    'en-US': 'a line starting with ! is a warning, X a failure',
  },
  selfTestReportError: { 'zh-CN': '错误', 'en-US': 'Error' },
  selfTestReportCleanupError: {
    'zh-CN': '清理失败，工作簿中可能留有临时内容',
    'en-US': 'Cleanup failed; something may be left in the workbook',
  },
} as const satisfies Catalog;

export type StringKey = keyof typeof APP_MESSAGES;

/** The catalog seen one language at a time (what the tests of the texts read). */
export const STRINGS: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = {
  'zh-CN': byLanguage('zh-CN'),
  'en-US': byLanguage('en-US'),
};

function byLanguage(lang: Lang): Record<StringKey, string> {
  const texts = {} as Record<StringKey, string>;
  for (const key of Object.keys(APP_MESSAGES) as StringKey[]) texts[key] = (APP_MESSAGES[key] as Bilingual)[lang];
  return texts;
}

export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/**
 * A UI string with its `{name}` placeholders filled (a missing value is left visible rather than hidden) and its
 * `{name:singular|plural}` forms chosen by the value of `name`.
 */
export function t(lang: Lang, key: StringKey, data: Readonly<Record<string, string | number>> = {}): string {
  return format(APP_MESSAGES[key][lang], data);
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
