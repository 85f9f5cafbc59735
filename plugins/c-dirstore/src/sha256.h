// SHA-256 (FIPS 180-4), for layer digests computed inside the plugin.
#ifndef SHA256_H
#define SHA256_H
#include <stddef.h>
#include <stdint.h>

/** Writes the 64 lower-case hex digits of the digest of `data` and a NUL into `hex`. */
void sha256_hex(const uint8_t *data, size_t len, char hex[65]);

#endif
