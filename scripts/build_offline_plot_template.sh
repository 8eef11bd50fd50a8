#!/usr/bin/env bash
# Rebuilds .dvc/plots/offline.html: DVC's HTML page for `dvc plots show` with vega, vega-lite and
# vega-embed inlined (the versions dvc-render asks for), so plots render without the internet.
# Dev-time only: needs npm and the network. The result is committed; nothing runs this at build time.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for package in vega@5.20.2 vega-lite@5.2.0 vega-embed@6.18.2; do
  (cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf "${package/@/-}.tgz" --one-top-level="${package%@*}")
done
{
  printf '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>DVC plots</title>\n'
  printf '<!-- vega, vega-lite, vega-embed (BSD-3-Clause, https://vega.github.io), inlined for offline use -->\n'
  for file in vega/package/build/vega.min.js vega-lite/package/build/vega-lite.min.js vega-embed/package/build/vega-embed.min.js; do
    printf '<script>\n'; cat "$work/$file"; printf '\n</script>\n'
  done
  printf '<style>table { border-spacing: 15px; }</style>\n</head>\n<body>\n{plot_divs}\n</body>\n</html>\n'
} > .dvc/plots/offline.html
echo "wrote .dvc/plots/offline.html ($(wc -c < .dvc/plots/offline.html) bytes)"
