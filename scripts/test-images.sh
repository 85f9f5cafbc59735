#!/usr/bin/env bash
# Builds the local images the tests use. No registry is reachable here, so images are made from
# the host's busybox-static with `docker import`. Idempotent: an existing image is kept.
#   edo-test/busybox:1  busybox for everything, /bin/sh included (as in Alpine images)
#   edo-test/dash:1     the same with the host's dash as /bin/sh (as in Debian and Ubuntu images)
set -euo pipefail

# Debian's busybox-static installs a statically linked /bin/busybox: it runs in an empty rootfs.
busybox=/bin/busybox
[ -x "$busybox" ] || { echo "busybox-static is not installed (apt-get install busybox-static)" >&2; exit 1; }

roots=()
trap 'rm -rf "${roots[@]}"' EXIT

# build IMAGE SHELL: a busybox rootfs whose /bin/sh is SHELL (with its shared libraries), or
# busybox's own when SHELL is empty.
build() {
  local image=$1 shell=$2
  if docker image inspect "$image" >/dev/null 2>&1; then
    echo "test image $image: present"
    return
  fi
  local root
  root=$(mktemp -d)
  roots+=("$root")
  mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,tmp,etc,root,work,proc,sys,dev}
  chmod 1777 "$root/tmp"
  cp "$busybox" "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf /bin/busybox "$root/bin/$applet"
  done
  if [ -n "$shell" ]; then
    rm "$root/bin/sh"
    cp "$shell" "$root/bin/sh"
    for lib in $(ldd "$shell" | grep -o '/[^ ]*'); do
      mkdir -p "$root$(dirname "$lib")"
      cp "$lib" "$root$lib"
    done
  fi
  echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
  echo 'root:x:0:' > "$root/etc/group"
  tar -C "$root" -c . | docker import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin:/sbin:/usr/bin:/usr/sbin' - "$image" >/dev/null
  echo "test image $image: built"
}

build edo-test/busybox:1 ''
build edo-test/dash:1 /bin/dash
