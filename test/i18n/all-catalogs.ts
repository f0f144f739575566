// Every message catalog of the product, by name: what the catalog tests check. A new catalog is added here.

import { CSV_HEADERS } from '../../src/app/export';
import { APP_MESSAGES } from '../../src/app/i18n';
import { PANE_SELFTEST, PANE_SELFTEST_LINES } from '../../src/app/selftest';
import { COMMAND_MESSAGES } from '../../src/app/summary';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { SEVERITY_NAMES } from '../../src/core/messages';
import { CONFIG_ERRORS } from '../../src/core/rules/config';
import { BROWSER_FILE_MESSAGES } from '../../src/hosts/browser-file/messages';
import { EXCEL_MESSAGES, EXCEL_SELFTEST, EXCEL_SELFTEST_LINES } from '../../src/hosts/excel/messages';
import { FILE_ERROR_DETAIL, FILE_ERRORS } from '../../src/hosts/file/errors';
import { SUMMARY_TEXT } from '../../src/hosts/file/own-sheets';
import { COMMON_MESSAGES } from '../../src/hosts/messages';
import { SELFTEST_LINES } from '../../src/hosts/selftest-common';
import { WPS_MESSAGES, WPS_SELFTEST, WPS_SELFTEST_LINES } from '../../src/hosts/wps/messages';

export const ALL_CATALOGS = {
  SEVERITY_NAMES,
  CONFIG_ERRORS,
  COMMON_MESSAGES,
  EXCEL_MESSAGES,
  WPS_MESSAGES,
  EXCEL_SELFTEST,
  WPS_SELFTEST,
  SELFTEST_LINES,
  EXCEL_SELFTEST_LINES,
  WPS_SELFTEST_LINES,
  BROWSER_FILE_MESSAGES,
  FILE_ERRORS,
  FILE_ERROR_DETAIL,
  SUMMARY_TEXT,
  CSV_HEADERS,
  COMMAND_MESSAGES,
  APP_MESSAGES,
  PANE_SELFTEST,
  PANE_SELFTEST_LINES,
  CLI_MESSAGES,
};
