// Test entry loaded by the extension host (extensionTestsPath). Runs the suites in order and prints
// `N passed, N failed` (CI parses it). GREP (env) filters tests like mocha --grep.
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, slow: 10_000, grep: process.env.GREP || undefined });
  for (const f of ['extension.test.js', 'grammar.test.js', 'server.test.js']) mocha.addFile(path.resolve(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
        failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve();
      });
    } catch (e) {
      console.log('0 passed, 1 failed');
      reject(e);
    }
  });
}
