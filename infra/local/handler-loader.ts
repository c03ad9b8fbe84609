import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { handlerSourceFile } from '#infra/definitions/functions';

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

const repositoryRoot = resolve(import.meta.dirname, '../..');

/**
 * Loads the very handler Lambda runs, from its source file, once per process (as a Lambda instance keeps its
 * module state between invocations). The process environment must already be the function's.
 */
export const handlerLoader = () => {
  const loaded = new Map<string, Promise<LambdaHandler>>();
  return (handler: string): Promise<LambdaHandler> => {
    let module = loaded.get(handler);
    if (!module) {
      module = import(pathToFileURL(resolve(repositoryRoot, handlerSourceFile(handler))).href).then(
        (exports: { handler?: LambdaHandler }) => {
          if (typeof exports.handler !== 'function') throw new Error(`${handler} exports no handler`);
          return exports.handler;
        },
      );
      loaded.set(handler, module);
    }
    return module;
  };
};
