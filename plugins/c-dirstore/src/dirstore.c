// A storage backend written in C: artifacts and layers as files in one directory, reached only
// through `edo:plugin/system` (so the declaration must grant `fs:write:<path>`; `path` may be
// absolute or `//workspace`-relative, with S3-style `bucket` and `prefix` subdirectories). Layer digests
// are computed here (sha256.c). Files: `a-<hex of the id string>` holds an artifact (tab-separated
// lines: `provides`, `metadata`, `layer`), an empty one is a deleted artifact (the system
// interface cannot remove files); `b-<sha256 hex>` holds a layer's bytes.
#define EDO_PLUGIN_NAME "c-dirstore"
#include <stdlib.h>
#include <string.h>
#include "edo.h"
#include "sha256.h"

struct edo_backend_backend {
  edo_string_t dir;
};

/** A growable byte buffer. */
typedef struct {
  uint8_t *data;
  size_t len, cap;
} buffer_t;

static void put(buffer_t *buf, const void *data, size_t len) {
  if (buf->len + len > buf->cap) {
    buf->cap = (buf->len + len) * 2 + 64;
    buf->data = realloc(buf->data, buf->cap);
    if (!buf->data) abort();
  }
  memcpy(buf->data + buf->len, data, len);
  buf->len += len;
}
static void put_str(buffer_t *buf, edo_string_t text) { put(buf, text.ptr, text.len); }
static void put_c(buffer_t *buf, const char *text) { put(buf, text, strlen(text)); }

static edo_common_own_error_t error(const char *message) {
  return edo_common_error_new(edo_string_from(EDO_PLUGIN_NAME), edo_string_from(message));
}

/** `<dir>/<prefix><hex of name>` as a NUL-terminated string in `buf`. */
static edo_string_t file_path(edo_backend_backend_t *self, buffer_t *buf, const char *prefix, edo_string_t name, bool hex) {
  static const char digits[] = "0123456789abcdef";
  buf->len = 0;
  put_str(buf, self->dir);
  put_c(buf, "/");
  put_c(buf, prefix);
  for (size_t i = 0; i < name.len; i++) {
    if (hex) {
      char pair[2] = {digits[name.ptr[i] >> 4], digits[name.ptr[i] & 15]};
      put(buf, pair, 2);
    } else {
      put(buf, &name.ptr[i], 1);
    }
  }
  return (edo_string_t){buf->data, buf->len};
}

static edo_string_t artifact_path(edo_backend_backend_t *self, buffer_t *buf, edo_common_borrow_id_t id) {
  edo_string_t text = edo_common_id_to_string(id);
  edo_string_t path = file_path(self, buf, "a-", text, true);
  edo_string_free(&text);
  return path;
}

/** `sha256:<hex>` → the blob file of that digest. */
static edo_string_t blob_path(edo_backend_backend_t *self, buffer_t *buf, edo_string_t digest) {
  size_t skip = digest.len > 7 && memcmp(digest.ptr, "sha256:", 7) == 0 ? 7 : 0;
  return file_path(self, buf, "b-", (edo_string_t){digest.ptr + skip, digest.len - skip}, false);
}

/** Whether `key` is `name`. */
static bool named(edo_string_t key, const char *name) { return key.len == strlen(name) && memcmp(key.ptr, name, key.len) == 0; }

edo_result_own_backend_backend_own_common_error_t edo_abi_create_storage(edo_string_t addr, edo_common_borrow_node_t node,
                                                                         edo_host_borrow_context_t ctx) {
  (void)addr, (void)ctx;
  edo_result_own_backend_backend_own_common_error_t result = {0};
  // `path`, then S3-style `bucket` and `prefix` as subdirectories of it (a local stand-in for a
  // bucket: `path = "//.s3", bucket = "b", prefix = "builds/"` stores under `<workspace>/.s3/b/builds`).
  edo_string_t parts[3] = {0};
  const char *keys[3] = {"path", "bucket", "prefix"};
  edo_option_list_tuple2_string_own_common_node_t table = edo_common_node_get_table(node);
  for (size_t i = 0; table.is_some && i < table.val.len; i++) {
    edo_tuple2_string_own_common_node_t *entry = &table.val.ptr[i];
    for (size_t k = 0; k < 3; k++) {
      if (parts[k].ptr || !named(entry->f0, keys[k])) continue;
      edo_option_string_t value = edo_common_node_as_string(edo_common_node_borrow(entry->f1));
      if (value.is_some) parts[k] = value.val;
    }
    edo_common_node_drop_own(entry->f1);
  }
  if (table.is_some) edo_option_list_tuple2_string_own_common_node_free(&table);
  if (!parts[0].ptr) {
    for (size_t k = 1; k < 3; k++) edo_string_free(&parts[k]);
    result.is_err = true;
    result.val.err = error("storage_backend needs path = \"<directory>\" (absolute or //workspace, granted with fs:write:<directory>)");
    return result;
  }
  buffer_t dir = {0};
  for (size_t k = 0; k < 3; k++) {
    if (!parts[k].ptr) continue;
    if (k > 0 && dir.len > 0 && dir.data[dir.len - 1] != '/') put_c(&dir, "/");
    put_str(&dir, parts[k]);
    edo_string_free(&parts[k]);
  }
  edo_backend_backend_t *self = calloc(1, sizeof *self);
  self->dir = (edo_string_t){dir.data, dir.len};
  result.val.ok = edo_backend_backend_new(self);
  return result;
}

void edo_backend_backend_destructor(edo_backend_backend_t *self) {
  edo_string_free(&self->dir);
  free(self);
}

/** The artifact file's bytes; `present` is false when it is missing or deleted. */
static edo_result_list_u8_own_common_error_t read_artifact(edo_backend_backend_t *self, edo_common_borrow_id_t id,
                                                          bool *present) {
  buffer_t path = {0};
  artifact_path(self, &path, id);
  edo_result_list_u8_own_common_error_t data = edo_system_read_file((edo_string_t){path.data, path.len});
  free(path.data);
  *present = !data.is_err && data.val.ok.len > 0;
  return data;
}

edo_result_bool_own_common_error_t edo_backend_backend_has(edo_backend_backend_t *self, edo_common_borrow_id_t id) {
  bool present;
  edo_result_list_u8_own_common_error_t data = read_artifact(self, id, &present);
  if (data.is_err) edo_common_error_drop_own(data.val.err);
  else edo_list_u8_free(&data.val.ok);
  return (edo_result_bool_own_common_error_t){.val.ok = present};
}

edo_result_list_own_common_id_own_common_error_t edo_backend_backend_ls(edo_backend_backend_t *self) {
  edo_result_list_own_common_id_own_common_error_t result = {0};
  edo_result_list_string_own_common_error_t names = edo_system_read_dir(self->dir);
  if (names.is_err) {
    result.is_err = true;
    result.val.err = names.val.err;
    return result;
  }
  edo_common_own_id_t *ids = malloc(sizeof *ids * (names.val.ok.len + 1));
  size_t count = 0;
  for (size_t i = 0; i < names.val.ok.len; i++) {
    edo_string_t name = names.val.ok.ptr[i];
    if (name.len < 2 || memcmp(name.ptr, "a-", 2) != 0) continue;
    size_t len = (name.len - 2) / 2;
    uint8_t *text = malloc(len + 1);
    for (size_t j = 0; j < len; j++) {
      uint8_t hi = name.ptr[2 + 2 * j], lo = name.ptr[3 + 2 * j];
      text[j] = (uint8_t)(((hi <= '9' ? hi - '0' : hi - 'a' + 10) << 4) | (lo <= '9' ? lo - '0' : lo - 'a' + 10));
    }
    edo_common_own_id_t id = edo_common_id_from_string((edo_string_t){text, len});
    free(text);
    bool present;
    edo_result_list_u8_own_common_error_t data = read_artifact(self, edo_common_id_borrow(id), &present);
    if (data.is_err) edo_common_error_drop_own(data.val.err);
    else edo_list_u8_free(&data.val.ok);
    if (present) ids[count++] = id;
    else edo_common_id_drop_own(id);
  }
  edo_list_string_free(&names.val.ok);
  result.val.ok = (edo_list_own_common_id_t){ids, count};
  return result;
}

/** The next tab- or newline-terminated field at `*at`. */
static edo_string_t field(edo_list_u8_t data, size_t *at) {
  size_t start = *at;
  while (*at < data.len && data.ptr[*at] != '\t' && data.ptr[*at] != '\n') (*at)++;
  edo_string_t text = {data.ptr + start, *at - start};
  if (*at < data.len) (*at)++;
  return text;
}

static bool is(edo_string_t text, const char *word) { return text.len == strlen(word) && memcmp(text.ptr, word, text.len) == 0; }

edo_result_own_storage_artifact_own_common_error_t edo_backend_backend_open(edo_backend_backend_t *self,
                                                                           edo_common_borrow_id_t id) {
  edo_result_own_storage_artifact_own_common_error_t result = {0};
  bool present;
  edo_result_list_u8_own_common_error_t data = read_artifact(self, id, &present);
  if (!present) {
    if (data.is_err) edo_common_error_drop_own(data.val.err);
    else edo_list_u8_free(&data.val.ok);
    result.is_err = true;
    result.val.err = error("no such artifact");
    return result;
  }
  edo_list_u8_t text = data.val.ok;
  // First pass: provides and metadata make the config; second pass: the layers.
  edo_string_t *provides = malloc(sizeof *provides * (text.len + 1));
  size_t provided = 0;
  edo_option_string_t metadata = {0};
  for (size_t at = 0; at < text.len;) {
    edo_string_t kind = field(text, &at);
    if (is(kind, "provides")) provides[provided++] = field(text, &at);
    else if (is(kind, "metadata")) metadata = (edo_option_string_t){true, field(text, &at)};
    while (at < text.len && text.ptr[at - 1] != '\n') field(text, &at);
  }
  edo_storage_own_artifact_config_t config =
      edo_storage_artifact_config_new(id, (edo_list_string_t){provides, provided}, metadata);
  free(provides);
  edo_storage_own_artifact_t artifact = edo_storage_artifact_new(edo_storage_artifact_config_borrow(config));
  edo_storage_artifact_config_drop_own(config);
  for (size_t at = 0; at < text.len;) {
    edo_string_t kind = field(text, &at);
    if (is(kind, "layer")) {
      edo_string_t media_type = field(text, &at), digest = field(text, &at), size = field(text, &at);
      edo_string_t platform = field(text, &at);
      uint64_t bytes = 0;
      for (size_t i = 0; i < size.len; i++) bytes = bytes * 10 + (size.ptr[i] - '0');
      edo_option_string_t maybe_platform = {platform.len > 0, platform};
      edo_storage_own_layer_t layer = edo_storage_layer_new(media_type, digest, bytes, maybe_platform);
      edo_storage_artifact_add_layer(edo_storage_artifact_borrow(artifact), edo_storage_layer_borrow(layer));
      edo_storage_layer_drop_own(layer);
    } else {
      while (at < text.len && text.ptr[at - 1] != '\n') field(text, &at);
    }
  }
  edo_list_u8_free(&text);
  result.val.ok = artifact;
  return result;
}

static void put_u64(buffer_t *buf, uint64_t value) {
  char digits[24];
  size_t count = 0;
  do digits[count++] = (char)('0' + value % 10), value /= 10;
  while (value);
  while (count) put(buf, &digits[--count], 1);
}

static edo_result_void_own_common_error_t write_artifact(edo_backend_backend_t *self, edo_common_borrow_id_t id,
                                                         buffer_t *content) {
  buffer_t path = {0};
  artifact_path(self, &path, id);
  edo_result_void_own_common_error_t written =
      edo_system_write_file((edo_string_t){path.data, path.len}, (edo_list_u8_t){content->data, content->len});
  free(path.data);
  return written;
}

edo_result_void_own_common_error_t edo_backend_backend_save(edo_backend_backend_t *self,
                                                           edo_storage_borrow_artifact_t artifact) {
  buffer_t out = {0};
  edo_storage_own_artifact_config_t config = edo_storage_artifact_config(artifact);
  edo_storage_borrow_artifact_config_t borrowed = edo_storage_artifact_config_borrow(config);
  edo_list_string_t provides = edo_storage_artifact_config_provides(borrowed);
  for (size_t i = 0; i < provides.len; i++) put_c(&out, "provides\t"), put_str(&out, provides.ptr[i]), put_c(&out, "\n");
  edo_list_string_free(&provides);
  edo_option_string_t metadata = edo_storage_artifact_config_metadata(borrowed);
  if (metadata.is_some) put_c(&out, "metadata\t"), put_str(&out, metadata.val), put_c(&out, "\n");
  edo_option_string_free(&metadata);
  edo_list_own_storage_layer_t layers = edo_storage_artifact_layers(artifact);
  for (size_t i = 0; i < layers.len; i++) {
    edo_storage_borrow_layer_t layer = edo_storage_layer_borrow(layers.ptr[i]);
    edo_string_t media_type = edo_storage_layer_media_type(layer), digest = edo_storage_layer_digest(layer);
    edo_option_string_t platform = edo_storage_layer_platform(layer);
    put_c(&out, "layer\t"), put_str(&out, media_type), put_c(&out, "\t"), put_str(&out, digest), put_c(&out, "\t");
    put_u64(&out, edo_storage_layer_size(layer)), put_c(&out, "\t");
    if (platform.is_some) put_str(&out, platform.val);
    put_c(&out, "\n");
    edo_string_free(&media_type), edo_string_free(&digest), edo_option_string_free(&platform);
    edo_storage_layer_drop_own(layers.ptr[i]);
  }
  edo_list_own_storage_layer_free(&layers);
  edo_common_own_id_t id = edo_storage_artifact_config_id(borrowed);
  edo_result_void_own_common_error_t written = write_artifact(self, edo_common_id_borrow(id), &out);
  edo_common_id_drop_own(id);
  edo_storage_artifact_config_drop_own(config);
  free(out.data);
  return written;
}

edo_result_void_own_common_error_t edo_backend_backend_del(edo_backend_backend_t *self, edo_common_borrow_id_t id) {
  buffer_t empty = {0};
  return write_artifact(self, id, &empty);
}

edo_result_void_own_common_error_t edo_backend_backend_copy(edo_backend_backend_t *self, edo_common_borrow_id_t source,
                                                           edo_common_borrow_id_t target) {
  bool present;
  edo_result_list_u8_own_common_error_t data = read_artifact(self, source, &present);
  if (data.is_err) return (edo_result_void_own_common_error_t){.is_err = true, .val.err = data.val.err};
  buffer_t content = {data.val.ok.ptr, data.val.ok.len, data.val.ok.len};
  edo_result_void_own_common_error_t written =
      present ? write_artifact(self, target, &content)
              : (edo_result_void_own_common_error_t){.is_err = true, .val.err = error("no such artifact")};
  edo_list_u8_free(&data.val.ok);
  return written;
}

edo_result_void_own_common_error_t edo_backend_backend_prune(edo_backend_backend_t *self, edo_common_borrow_id_t id) {
  return edo_backend_backend_del(self, id);
}

edo_result_void_own_common_error_t edo_backend_backend_prune_all(edo_backend_backend_t *self) {
  edo_result_list_own_common_id_own_common_error_t ids = edo_backend_backend_ls(self);
  if (ids.is_err) return (edo_result_void_own_common_error_t){.is_err = true, .val.err = ids.val.err};
  edo_result_void_own_common_error_t result = {0};
  for (size_t i = 0; i < ids.val.ok.len; i++) {
    if (!result.is_err) result = edo_backend_backend_del(self, edo_common_id_borrow(ids.val.ok.ptr[i]));
    edo_common_id_drop_own(ids.val.ok.ptr[i]);
  }
  edo_list_own_common_id_free(&ids.val.ok);
  return result;
}

edo_result_own_common_reader_own_common_error_t edo_backend_backend_read(edo_backend_backend_t *self,
                                                                        edo_storage_borrow_layer_t layer) {
  buffer_t path = {0};
  edo_string_t digest = edo_storage_layer_digest(layer);
  blob_path(self, &path, digest);
  edo_string_free(&digest);
  edo_result_list_u8_own_common_error_t data = edo_system_read_file((edo_string_t){path.data, path.len});
  free(path.data);
  if (data.is_err) return (edo_result_own_common_reader_own_common_error_t){.is_err = true, .val.err = data.val.err};
  edo_common_own_reader_t reader = edo_common_reader_new(data.val.ok);
  edo_list_u8_free(&data.val.ok);
  return (edo_result_own_common_reader_own_common_error_t){.val.ok = reader};
}

edo_result_own_common_writer_own_common_error_t edo_backend_backend_start_layer(edo_backend_backend_t *self) {
  (void)self;
  return (edo_result_own_common_writer_own_common_error_t){.val.ok = edo_common_writer_new()};
}

edo_result_own_storage_layer_own_common_error_t edo_backend_backend_finish_layer(edo_backend_backend_t *self,
                                                                                edo_string_t media_type,
                                                                                edo_option_string_t platform,
                                                                                edo_common_borrow_writer_t writer) {
  edo_result_own_storage_layer_own_common_error_t result = {0};
  edo_result_own_common_reader_own_common_error_t reader = edo_common_writer_to_reader(writer);
  if (reader.is_err) return (result.is_err = true, result.val.err = reader.val.err, result);
  buffer_t bytes = {0};
  for (;;) {
    edo_result_list_u8_own_common_error_t chunk =
        edo_common_reader_read(edo_common_reader_borrow(reader.val.ok), 1 << 20);
    if (chunk.is_err) {
      edo_common_reader_drop_own(reader.val.ok);
      free(bytes.data);
      return (result.is_err = true, result.val.err = chunk.val.err, result);
    }
    size_t len = chunk.val.ok.len;
    put(&bytes, chunk.val.ok.ptr, len);
    edo_list_u8_free(&chunk.val.ok);
    if (len == 0) break;
  }
  edo_common_reader_drop_own(reader.val.ok);
  char hex[65];
  sha256_hex(bytes.data, bytes.len, hex);
  char digest[72] = "sha256:";
  memcpy(digest + 7, hex, 65);
  buffer_t path = {0};
  edo_string_t digest_text = edo_string_from(digest);
  blob_path(self, &path, digest_text);
  edo_result_void_own_common_error_t written =
      edo_system_write_file((edo_string_t){path.data, path.len}, (edo_list_u8_t){bytes.data, bytes.len});
  free(path.data);
  if (written.is_err) {
    free(bytes.data);
    return (result.is_err = true, result.val.err = written.val.err, result);
  }
  result.val.ok = edo_storage_layer_new(media_type, digest_text, bytes.len, platform);
  free(bytes.data);
  return result;
}
