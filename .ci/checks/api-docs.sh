#!/usr/bin/env bash
# API documents: docs/asyncapi.yaml must be valid AsyncAPI (@asyncapi/cli), and the OpenAPI
# document each service's build writes to <service>/target/openapi/openapi.yaml must pass
# .spectral.yaml (spectral's whole OpenAPI ruleset and the project's own rules) without an error or
# a warning. The project's own rules are first tried on a document that breaks each of them
# (openapi-lint-fixture.yaml): a rule that reports nothing there is broken. Run after building the
# services (./bygdevekst test does, after Maven; by hand: ./mvnw -B -q -DskipTests package first).
#
# Needs Node 20 or newer with npm. The two tools are installed once, at the pinned versions below,
# into BYGDEVEKST_NPM_DIR (default .data/npm, ignored by git); the first run takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

# 4.1.1 is the newest @asyncapi/cli that runs on Node 20 (5.x and later need Node 24).
ASYNCAPI_CLI_VERSION=4.1.1
SPECTRAL_CLI_VERSION=6.15.0
SERVICES=(agreement actionplan funding evaluation)

tools=${BYGDEVEKST_NPM_DIR:-.data/npm}
stamp="$tools/installed-asyncapi-$ASYNCAPI_CLI_VERSION-spectral-$SPECTRAL_CLI_VERSION"
if [ ! -f "$stamp" ]; then
  if ! command -v npm > /dev/null; then
    echo "api-docs: npm not found; install Node 20 or newer" >&2
    exit 1
  fi
  echo "api-docs: installing @asyncapi/cli@$ASYNCAPI_CLI_VERSION and" \
    "@stoplight/spectral-cli@$SPECTRAL_CLI_VERSION into $tools (once) ..."
  rm -rf "$tools"
  mkdir -p "$tools"
  echo '{ "private": true }' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error --save-exact \
    "@asyncapi/cli@$ASYNCAPI_CLI_VERSION" "@stoplight/spectral-cli@$SPECTRAL_CLI_VERSION"
  touch "$stamp"
fi

# The AsyncAPI CLI reports usage unless its settings file says not to; keep that file here.
export ASYNCAPI_METRICS_CONFIG_PATH="$tools/asyncapi-settings.json"
[ -f "$ASYNCAPI_METRICS_CONFIG_PATH" ] ||
  echo '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"none"}' \
    > "$ASYNCAPI_METRICS_CONFIG_PATH"

failed=()
echo "api-docs: docs/asyncapi.yaml"
"$tools/node_modules/.bin/asyncapi" validate docs/asyncapi.yaml --fail-severity=error ||
  failed+=(docs/asyncapi.yaml)

echo "api-docs: the project's lint rules on .ci/checks/openapi-lint-fixture.yaml"
fixture=$("$tools/node_modules/.bin/spectral" lint --ruleset .spectral.yaml -f text \
  .ci/checks/openapi-lint-fixture.yaml 2>&1 || true)
for rule in $(grep -oE '^  bygdevekst-[a-z-]+' .spectral.yaml); do
  if ! grep -q " $rule " <<< "$fixture"; then
    echo "  rule $rule reports nothing on the fixture that breaks it" >&2
    failed+=("$rule")
  fi
done

for service in "${SERVICES[@]}"; do
  document="$service-service/target/openapi/openapi.yaml"
  echo "api-docs: $document"
  if [ ! -f "$document" ]; then
    echo "  missing: build the services first (./mvnw -B -q -DskipTests package)" >&2
    failed+=("$document")
    continue
  fi
  "$tools/node_modules/.bin/spectral" lint --ruleset .spectral.yaml --fail-severity=warn \
    "$document" || failed+=("$document")
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "api-docs: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "api-docs: all API documents are valid"
