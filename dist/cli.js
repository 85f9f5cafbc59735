#!/usr/bin/env node
// The edo CLI (the runner image runs it as `edo`).
import { runCli } from './edo.js';

await runCli();
