#!/usr/bin/env bash
# Builds a stand-in for the Dockerfile's BASE_IMAGE (node:24-bookworm-slim in real use) from this
# machine, because no registry is reachable here: Node 24's binary, git, the docker CLI, the shared
# libraries `ldd` lists for them, and busybox-static for /bin/sh and the coreutils. ~1 s.
#   usage: local-base-image.sh NODE24_BINARY TAG
set -euo pipefail
node24=$1
tag=$2

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,usr/bin,usr/local/bin,usr/lib,etc,tmp,root,home}
chmod 1777 "$root/tmp"

copy_with_libs() { # BINARY DEST: the binary and every library it links (none when static)
  cp "$1" "$root$2"
  { ldd "$1" 2>/dev/null || true; } | { grep -o '/[^ ]*' || true; } | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
}
copy_with_libs "$node24" /usr/local/bin/node
copy_with_libs "$(command -v git)" /usr/bin/git
cp -a /usr/lib/git-core "$root/usr/lib/"
# The docker CLI where the Dockerfile's DOCKER_CLI_IMAGE stage expects it (the official docker:cli).
copy_with_libs "$(command -v docker)" /usr/local/bin/docker

cp /bin/busybox "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do
  [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"

tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
  -c 'CMD ["node"]' \
  - "$tag" >/dev/null
