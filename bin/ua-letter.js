#!/usr/bin/env node
import { runFromProcess } from '../dist/cli-bundle/main.js';

await runFromProcess();
