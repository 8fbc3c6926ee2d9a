#!/usr/bin/env node
// The two-command set-up: `npm start` and `npm test` land here.
//
// Runs on any Node >= 20 with only npm available. It brings the toolchain the
// workspace needs (Node 24 when the system one is older than 22, the pinned
// pnpm) into a git-ignored cache, installs dependencies only when the lockfile
// or a manifest changed, then hands over to the real commands.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const MIN_NODE_MAJOR = 22;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '');
const isWindows = process.platform === 'win32';

function log(message) {
  process.stdout.write(`\x1b[2m[enox]\x1b[0m ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\x1b[31m[enox]\x1b[0m ${message}\n`);
  process.exit(1);
}

function npmInstallInto(prefix, spec) {
  mkdirSync(prefix, { recursive: true });
  const result = spawnSync(
    isWindows ? 'npm.cmd' : 'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefix',
      prefix,
      spec,
    ],
    { stdio: 'inherit', shell: isWindows },
  );
  if (result.status !== 0) fail(`could not install ${spec} from the npm registry`);
}

/** A Node >= 22: the running one, or Node 24 from the registry's platform package. */
function ensureNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return process.execPath;
  const platform = isWindows ? 'win' : process.platform;
  const pkg = `node-${platform}-${process.arch}`;
  const prefix = join(cache, `node-${NODE_VERSION}`);
  const bin = join(prefix, 'node_modules', pkg, 'bin', isWindows ? 'node.exe' : 'node');
  if (!existsSync(bin)) {
    log(
      `Node ${process.versions.node} is older than ${MIN_NODE_MAJOR}: fetching Node ${NODE_VERSION} into .cache/`,
    );
    npmInstallInto(prefix, `${pkg}@${NODE_VERSION}`);
  }
  return bin;
}

/** The pinned pnpm, run by the chosen Node through a shim on PATH (turbo calls `pnpm`). */
function ensurePnpm(nodeBin) {
  const prefix = join(cache, `pnpm-${pnpmVersion}`);
  const cli = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(cli)) {
    log(`installing pnpm ${pnpmVersion} into .cache/`);
    npmInstallInto(prefix, `pnpm@${pnpmVersion}`);
  }
  const binDir = join(cache, 'bin');
  mkdirSync(binDir, { recursive: true });
  if (isWindows) {
    writeFileSync(join(binDir, 'pnpm.cmd'), `@"${nodeBin}" "${cli}" %*\r\n`);
    writeFileSync(join(binDir, 'node.cmd'), `@"${nodeBin}" %*\r\n`);
  } else {
    writeFileSync(join(binDir, 'pnpm'), `#!/bin/sh\nexec "${nodeBin}" "${cli}" "$@"\n`);
    writeFileSync(join(binDir, 'node'), `#!/bin/sh\nexec "${nodeBin}" "$@"\n`);
    chmodSync(join(binDir, 'pnpm'), 0o755);
    chmodSync(join(binDir, 'node'), 0o755);
  }
  return binDir;
}

/** Everything that decides what `pnpm install` produces. */
function installFingerprint(nodeBin) {
  const hash = createHash('sha256').update(`${nodeBin}\n${pnpmVersion}\n`);
  const files = ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml'];
  for (const group of ['apps', 'packages']) {
    for (const name of readdirSync(join(root, group)).sort())
      files.push(join(group, name, 'package.json'));
  }
  files.push(join('e2e', 'package.json'));
  for (const file of files) {
    const path = join(root, file);
    hash.update(`${file}\n`);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env, shell: isWindows });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureInstalled(nodeBin, env) {
  const stamp = join(root, 'node_modules', '.enox-install-stamp');
  const fingerprint = installFingerprint(nodeBin);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return;
  log('installing dependencies');
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  run('pnpm', ['install', ...frozen, '--config.confirmModulesPurge=false'], env);
  writeFileSync(stamp, fingerprint);
}

function chromiumHint(env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (candidates.some((path) => path && existsSync(path))) return;
  const message =
    'browser tests not run: no Chromium found (install it with `apt-get install chromium`, or set CHROMIUM_PATH)';
  if (env.ENOX_REQUIRE_BROWSER === '1') fail(`${message}; ENOX_REQUIRE_BROWSER=1 requires them`);
  log(message);
}

const mode = process.argv[2];
if (mode !== 'start' && mode !== 'test' && mode !== 'sim')
  fail('usage: bootstrap.mjs start|test|sim');

const nodeBin = ensureNode();
const binDir = ensurePnpm(nodeBin);
const env = {
  ...process.env,
  PATH: `${binDir}${delimiter}${dirname(nodeBin)}${delimiter}${process.env.PATH ?? ''}`,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};
ensureInstalled(nodeBin, env);

const turbo = ['exec', 'turbo', 'run', '--output-logs=errors-only'];
/** Runs a built entry point with the chosen Node until it exits, passing signals on. */
function serve(entry, args) {
  const child = spawn(nodeBin, [entry, ...args], { stdio: 'inherit', cwd: root, env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

if (mode === 'start') {
  run(
    'pnpm',
    [...turbo, 'build', '--filter=@enox/server...', '--filter=@enox/web', '--filter=@enox/admin'],
    env,
  );
  serve(join(root, 'apps', 'server', 'dist', 'main.js'), []);
} else if (mode === 'sim') {
  // `npm run sim -- --port 4010`: npm hands over what follows `--`.
  run('pnpm', [...turbo, 'build', '--filter=@enox/provider-sim'], env);
  serve(join(root, 'packages', 'provider-sim', 'dist', 'cli.js'), process.argv.slice(3));
} else {
  chromiumHint(env);
  run('pnpm', [...turbo, 'build', 'typecheck', 'lint'], env);
  run('pnpm', ['exec', 'prettier', '--check', '.', '--log-level=warn'], env);
  run('pnpm', ['exec', 'vitest', 'run'], env);
}
