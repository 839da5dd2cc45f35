#!/usr/bin/env bash
# Refresh the browser libraries bundled with the web reader from the npm registry: the chart
# library (uPlot, MIT) and the API explorer at /docs (swagger-ui-dist, Apache-2.0). The server
# serves these files itself: nothing is fetched from a CDN when it runs.
#   scripts/refresh_assets.sh                  # the versions pinned below
#   UPLOT_VERSION=1.6.33 scripts/refresh_assets.sh
set -euo pipefail
UPLOT_VERSION="${UPLOT_VERSION:-1.6.32}"
SWAGGER_VERSION="${SWAGGER_VERSION:-5.35.0}"
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

dest=src/finbrief/web/static/vendor/uplot
rm -rf "$tmp/package"
(cd "$tmp" && npm pack "uplot@${UPLOT_VERSION}" --silent >/dev/null)
tar -xzf "$tmp/uplot-${UPLOT_VERSION}.tgz" -C "$tmp"
mkdir -p "$dest"
cp "$tmp/package/dist/uPlot.iife.min.js" "$tmp/package/dist/uPlot.min.css" "$dest/"
cp "$tmp/package/LICENSE" "$dest/LICENSE"
sha=$(cd "$dest" && sha256sum uPlot.iife.min.js uPlot.min.css)
cat > "$dest/VERSION" <<INFO
uplot ${UPLOT_VERSION} (npm: uplot@${UPLOT_VERSION}), licence MIT (see LICENSE)
refreshed by scripts/refresh_assets.sh
${sha}
INFO
echo "uplot ${UPLOT_VERSION} -> ${dest}"

dest=src/finbrief/web/static/vendor/swagger-ui
rm -rf "$tmp/package"
(cd "$tmp" && npm pack "swagger-ui-dist@${SWAGGER_VERSION}" --silent >/dev/null)
tar -xzf "$tmp/swagger-ui-dist-${SWAGGER_VERSION}.tgz" -C "$tmp"
mkdir -p "$dest"
cp "$tmp/package/swagger-ui-bundle.js" "$tmp/package/swagger-ui.css" "$tmp/package/LICENSE" "$dest/"
sed -i 's@^//# sourceMappingURL=.*$@@' "$dest/swagger-ui-bundle.js" "$dest/swagger-ui.css"
sha=$(cd "$dest" && sha256sum swagger-ui-bundle.js swagger-ui.css)
cat > "$dest/VERSION" <<INFO
swagger-ui-dist ${SWAGGER_VERSION} (npm: swagger-ui-dist@${SWAGGER_VERSION}), licence Apache-2.0 (see LICENSE)
refreshed by scripts/refresh_assets.sh
${sha}
INFO
echo "swagger-ui-dist ${SWAGGER_VERSION} -> ${dest}"
