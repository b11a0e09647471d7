#!/usr/bin/env node
// The Camunda Modeler's lint for every model, from the command line (`npm run lint`):
//
//   processes/**/*.bpmn  bpmnlint with the configuration in .bpmnlintrc
//                        (bpmnlint:recommended + camunda-compat rules for Camunda Platform 7.24)
//   forms/**/*.form      the Camunda form linter (@camunda/form-linting), as the Modeler runs it
//   processes/.camunda/element-templates/*.json
//                        the Camunda 7 element-template JSON schema (@camunda/element-templates-json-schema),
//                        the schema the Modeler checks templates with
//
// Every report counts, whatever its category (error, warning, info): the models must show no
// problem in the Modeler. Exits 1 when there is any, 0 when there is none.

import { createRequire, register } from 'node:module';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

register('./form-linting-loader.mjs', import.meta.url);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root); // bpmnlint resolves its plugins from the working directory

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { BpmnModdle } = require('bpmn-moddle');
const { FormLinter } = await import('@camunda/form-linting');
const Ajv = require('ajv');

const TEMPLATE_DIR = 'processes/.camunda/element-templates';
const { getFormJSVersion } = await import('@camunda/form-linting/lib/config/formVersion.js');

const PLATFORM = 'Camunda Platform';

// @camunda/form-linting 0.25 knows the form-js version of Camunda Platform 7 only up to 7.22 and
// silently reports nothing for a later version. Camunda 7.24.0's Tasklist bundles form-js with
// schemaVersion 16 (form-js 1.8; see lib/deps.js in org.camunda.bpm.webapp:camunda-webapp-webjar),
// the form-js the linter assigns to 7.22 (1.8.7), so a 7.24 form is linted with the 7.22 rules.
// Add a version here only after checking which form-js its webapp bundles.
const FORM_LINT_PLATFORM_VERSION = { '7.24': '7.22' };

const config = JSON.parse(await readFile('.bpmnlintrc', 'utf8'));
const expectedVersion = platformVersionOf(config);

const problems = []; // { file, id, category, message, rule }
const report = (file, id, category, message, rule) => problems.push({ file, id, category, message, rule });

const bpmnFiles = await filesUnder('processes', '.bpmn');
const formFiles = await filesUnder('forms', '.form');
const templateFiles = await templatesIn(TEMPLATE_DIR);

const moddle = new BpmnModdle(moddleExtensions(config));
const linter = new Linter({ config, resolver: new NodeResolver() });
for (const file of bpmnFiles) {
  await lintBpmn(file);
}
for (const file of formFiles) {
  await lintForm(file);
}
const validateTemplates = new Ajv({ allErrors: true, strict: false })
    .compile(require('@camunda/element-templates-json-schema/resources/schema.json'));
const templateIds = new Map();
for (const file of templateFiles) {
  await lintTemplate(file);
}

printAndExit();

async function lintBpmn(file) {
  let parsed;
  try {
    parsed = await moddle.fromXML(await readFile(file, 'utf8'));
  } catch (error) {
    report(file, '', 'error', `cannot be read: ${firstLine(error.message)}`, 'parse');
    return;
  }
  const { rootElement: definitions, warnings = [] } = parsed;
  for (const warning of warnings) {
    report(file, warning.element?.id ?? '', 'error', `import warning: ${firstLine(warning.message)}`, 'parse');
  }
  checkPlatform(file, definitions.id, definitions.get('modeler:executionPlatform'),
      definitions.get('modeler:executionPlatformVersion'));

  const results = await linter.lint(definitions);
  for (const [rule, reports] of Object.entries(results)) {
    for (const { id = '', category, message } of reports) {
      report(file, id, category, message, rule);
    }
  }
}

async function lintForm(file) {
  let form;
  try {
    form = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    report(file, '', 'error', `is not valid JSON: ${firstLine(error.message)}`, 'parse');
    return;
  }
  const { id = '', executionPlatform, executionPlatformVersion } = form;
  if (!checkPlatform(file, id, executionPlatform, executionPlatformVersion)) {
    return;
  }
  const minor = minorOf(executionPlatformVersion);
  const lintAs = getFormJSVersion(form) ? form
      : FORM_LINT_PLATFORM_VERSION[minor] ? { ...form, executionPlatformVersion: FORM_LINT_PLATFORM_VERSION[minor] }
      : null;
  if (!lintAs) {
    report(file, id, 'error', `the form linter knows no form-js version for ${PLATFORM} ${minor}; `
        + 'update @camunda/form-linting or add the version to FORM_LINT_PLATFORM_VERSION in scripts/lint-models.mjs', 'form-linting');
    return;
  }
  for (const { id: field = id, label, category, message } of new FormLinter().lint(lintAs)) {
    report(file, label && label !== field ? `${field} (${label})` : field, category,
        message.replaceAll(`${PLATFORM} ${FORM_LINT_PLATFORM_VERSION[minor]}`, `${PLATFORM} ${minor}`), 'form-linting');
  }
}

async function lintTemplate(file) {
  let templates;
  try {
    templates = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    report(file, '', 'error', `is not valid JSON: ${firstLine(error.message)}`, 'parse');
    return;
  }
  if (!validateTemplates(templates)) {
    for (const error of validateTemplates.errors) {
      report(file, error.instancePath || '/', 'error', `${error.message}`
          + (error.params?.allowedValues ? ` (${error.params.allowedValues.join(', ')})` : ''), 'element-template-schema');
    }
    return;
  }
  for (const template of [].concat(templates)) {
    const key = `${template.id}@${template.version ?? ''}`;
    if (templateIds.has(key)) {
      report(file, template.id, 'error', `template id and version also used in ${templateIds.get(key)}`, 'element-template-id');
    }
    templateIds.set(key, file);
  }
}

async function templatesIn(dir) {
  try {
    return (await readdir(dir)).filter(name => name.endsWith('.json')).sort().map(name => `${dir}/${name}`);
  } catch (error) {
    if (error.code === 'ENOENT') {
      return [];
    }
    throw error;
  }
}

/** Reports a model that does not say it is for the platform version the lint is configured for. */
function checkPlatform(file, id, platform, version) {
  if (platform !== PLATFORM || !version || minorOf(version) !== expectedVersion) {
    report(file, id, 'error', `executionPlatform must be "${PLATFORM}" and executionPlatformVersion ${expectedVersion}.x `
        + `(found "${platform ?? ''}" "${version ?? ''}")`, 'execution-platform');
    return false;
  }
  return true;
}

function platformVersionOf(lintConfig) {
  const extendsList = [].concat(lintConfig.extends ?? []);
  const match = extendsList.map(name => /camunda-platform-(\d+)-(\d+)$/.exec(name)).find(Boolean);
  if (!match) {
    console.error('.bpmnlintrc must extend plugin:camunda-compat/camunda-platform-<major>-<minor>');
    process.exit(2);
  }
  return `${match[1]}.${match[2]}`;
}

function moddleExtensions(lintConfig) {
  return Object.fromEntries(Object.entries(lintConfig.moddleExtensions ?? {})
      .map(([prefix, module]) => [prefix, require(module)]));
}

async function filesUnder(dir, extension) {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') {
      return [];
    }
    throw error;
  }
  return entries
      .filter(entry => entry.isFile() && entry.name.endsWith(extension))
      .map(entry => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
      .filter(file => !file.split('/').some(part => part.startsWith('.')))
      .sort();
}

function minorOf(version) {
  return String(version).split('.').slice(0, 2).join('.');
}

function firstLine(text) {
  return String(text).split('\n')[0];
}

function printAndExit() {
  const files = [...new Set(problems.map(problem => problem.file))];
  for (const file of files) {
    console.log(`\n${file}`);
    for (const { id, category, message, rule } of problems.filter(problem => problem.file === file)) {
      console.log(`  ${(id || '-').padEnd(36)} ${(category === 'warn' ? 'warning' : category).padEnd(8)} ${message}  (${rule})`);
    }
  }
  const checked = `${bpmnFiles.length} BPMN ${bpmnFiles.length === 1 ? 'model' : 'models'}, `
      + `${formFiles.length} ${formFiles.length === 1 ? 'form' : 'forms'} and `
      + `${templateFiles.length} element ${templateFiles.length === 1 ? 'template' : 'templates'} for ${PLATFORM} ${expectedVersion}`;
  if (problems.length) {
    console.log(`\n✖ ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files.length} `
        + `${files.length === 1 ? 'file' : 'files'} (${checked})`);
    process.exit(1);
  }
  console.log(`✔ no problems in ${checked}`);
}
