import { beforeEach } from 'vitest';
import { tellOpenPages } from './open-pages';

// A failed browser test tells what its open pages showed, so that a failure on a busy CI machine can be read.
beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => tellOpenPages(task.name));
});
