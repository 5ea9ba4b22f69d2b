#!/bin/sh
# Build nodejieba with bench/ingest/nodejieba-lazy-textrank.patch into a temporary directory,
# without touching node_modules, and write a preload that makes `require("nodejieba")` load
# it (worker threads inherit --require). Prints the preload's path, for
#   node_modules/.bin/tsx bench/ingest/run.ts --preload "$(sh bench/ingest/patched-jieba.sh)"
# Measures what the patch would save before it is adopted (pnpm patch + a build from source).
# Needs g++ and Node's headers (/usr/include/node, or set NODE_INCLUDE).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PKG=$(cd "$ROOT/packages/analyze" && node -p 'require("path").dirname(require.resolve("nodejieba/package.json"))')
ADDON_API=$(node -p 'require("path").dirname(require.resolve("node-addon-api/package.json", { paths: [process.argv[1]] }))' "$PKG")
NODE_INCLUDE=${NODE_INCLUDE:-/usr/include/node}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/wenku-patched-jieba-XXXXXX")
cp -r "$PKG/index.js" "$PKG/package.json" "$PKG/lib" "$PKG/submodules" "$OUT/"
(cd "$OUT" && patch -s -p1 < "$ROOT/bench/ingest/nodejieba-lazy-textrank.patch")
mkdir -p "$OUT/build/Release"
g++ -shared -fPIC -O3 -std=c++14 -DLOGGING_LEVEL=LL_WARNING -DNODE_ADDON_API_CPP_EXCEPTIONS -w \
  -I"$NODE_INCLUDE" -I"$ADDON_API" -I"$OUT/submodules/cppjieba/include" -I"$OUT/submodules/cppjieba/deps/limonp/include" \
  "$OUT/lib/index.cpp" "$OUT/lib/nodejieba.cpp" -o "$OUT/build/Release/nodejieba.node"
cat > "$OUT/preload.cjs" <<JS
// Resolve "nodejieba" to the patched build in this directory.
const Module = require("module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "nodejieba" ? "$OUT/index.js" : resolve.call(this, request, ...rest);
};
JS
echo "$OUT/preload.cjs"
