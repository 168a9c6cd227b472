#!/usr/bin/env bash
# Kubernetes manifests: makes sure kubectl is there (installs it with apt-get where it is missing,
# as root only), then renders every overlay of deploy/k8s with 'kubectl kustomize'. No cluster is
# needed. What the overlays render is checked rule by rule by the Maven module deploy/k8s-tests,
# which needs the same kubectl: run this script first on a machine without one.
#
#   .ci/checks/kubernetes.sh            install if missing, then render each overlay
#   KUBECTL=/path/to/kubectl .ci/...    use that kubectl instead of the PATH's
set -euo pipefail
cd "$(dirname "$0")/../.."

kubectl=${KUBECTL:-kubectl}

if ! command -v "$kubectl" > /dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "kubernetes: kubectl is missing, and only root may install it here." >&2
    echo "kubernetes: install it (apt-get install kubectl), or set KUBECTL to a kubectl binary." >&2
    exit 1
  fi
  echo "kubernetes: kubectl is missing; installing it with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian ships kubectl in the package kubernetes-client on releases that have no package kubectl.
  if ! apt-get install -y -qq kubectl > /dev/null 2>&1; then
    apt-get install -y -qq kubernetes-client > /dev/null
  fi
  kubectl=kubectl
  if ! command -v kubectl > /dev/null 2>&1; then
    echo "kubernetes: apt-get installed no kubectl" >&2
    exit 1
  fi
fi

version=$("$kubectl" version --client 2> /dev/null | tr '\n' ' ' || true)
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
failed=0
rendered=()
for overlay in deploy/k8s/overlays/*/; do
  name=$(basename "$overlay")
  if "$kubectl" kustomize "$overlay" > /dev/null 2> "$errors"; then
    rendered+=("$name")
  else
    failed=1
    echo "kubernetes: kubectl kustomize $overlay failed:" >&2
    cat "$errors" >&2
    # The overlays use kustomize components and labels: kubectl 1.27+ (kustomize v5).
    echo "kubernetes: kubectl here: ${version:-unknown}" >&2
  fi
done
[ "$failed" -eq 0 ] || exit 1
echo "kubernetes: overlays ${rendered[*]} render (${version% })"
