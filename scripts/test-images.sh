#!/usr/bin/env bash
# Builds the local images the tests use. No registry is reachable here, so images are made from
# the host's busybox-static with `docker import`. Idempotent: an existing image is kept.
set -euo pipefail

image=edo-test/busybox:1
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "test image $image: present"
  exit 0
fi
# Debian's busybox-static installs a statically linked /bin/busybox: it runs in an empty rootfs.
busybox=/bin/busybox
[ -x "$busybox" ] || { echo "busybox-static is not installed (apt-get install busybox-static)" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,tmp,etc,root,work,proc,sys,dev}
chmod 1777 "$root/tmp"
cp "$busybox" "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do
  [ "$applet" = busybox ] || ln -sf /bin/busybox "$root/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"
tar -C "$root" -c . | docker import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin:/sbin:/usr/bin:/usr/sbin' - "$image" >/dev/null
echo "test image $image: built"
