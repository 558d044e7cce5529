// Preloaded (`node --import`) into a spawned CLI by a test that bounds the CPU time a command
// takes, not the wall time: on a loaded machine the wall clock measures the other processes.
import { writeFileSync } from 'node:fs';

const file = process.env.UA_TEST_CPU_REPORT;
if (file) {
  process.on('exit', () => {
    const used = process.cpuUsage();
    writeFileSync(file, String((used.user + used.system) / 1000));
  });
}
