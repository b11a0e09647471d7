// Node module hooks that let plain Node load @camunda/form-linting.
//
// The package is published for bundlers (Camunda Modeler bundles it with webpack): its .js files are
// ES modules in a package without "type": "module", and they import each other without file
// extensions ('./lib/FormLinter'). Node needs both spelled out, so for files of that one package we
// load .js as ES modules and resolve extensionless relative imports to '<name>.js'.

const PACKAGE = '/node_modules/@camunda/form-linting/';

function inPackage(url) {
  return typeof url === 'string' && url.includes(PACKAGE);
}

export async function resolve(specifier, context, nextResolve) {
  if (inPackage(context.parentURL) && /^\.{1,2}\//.test(specifier) && !/\.[cm]?js$/.test(specifier)) {
    return nextResolve(`${specifier}.js`, context);
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (inPackage(url) && url.endsWith('.js')) {
    return nextLoad(url, { ...context, format: 'module' });
  }
  return nextLoad(url, context);
}
