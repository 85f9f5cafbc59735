// A transform written in C against the generated bindings (`edo plugin bindgen --lang c`):
// `upper` writes its `text` attribute upper-cased as a one-layer artifact. With a `command`
// attribute, it first runs that command in an environment of the farm `farm` (a label the host
// resolves: the built-in local farm or another plugin's).
#define EDO_PLUGIN_NAME "c-upper"
#include <stdlib.h>
#include <string.h>
#include "edo.h"

struct edo_transform_transform {
  edo_string_t addr;
  edo_string_t text;
  edo_string_t command;
  /** Valid when `command` is set. */
  edo_host_own_farm_t farm;
  /** The digest of the unique id: everything the output depends on. */
  edo_string_t digest;
};

/** Appends `len` bytes to `text` (grown as needed). */
static void append(edo_string_t *text, const void *data, size_t len) {
  text->ptr = realloc(text->ptr, text->len + len);
  memcpy(text->ptr + text->len, data, len);
  text->len += len;
}

static edo_common_own_error_t fail(const char *message) {
  return edo_common_error_new(edo_string_from(EDO_PLUGIN_NAME), edo_string_from(message));
}

/** The string attribute `name` of a declaration node (empty when absent). */
static edo_string_t string_attr(edo_common_borrow_node_t node, const char *name) {
  edo_string_t found = {0};
  edo_option_list_tuple2_string_own_common_node_t table = edo_common_node_get_table(node);
  if (!table.is_some) return found;
  for (size_t i = 0; i < table.val.len; i++) {
    edo_tuple2_string_own_common_node_t *entry = &table.val.ptr[i];
    if (!found.ptr && entry->f0.len == strlen(name) && memcmp(entry->f0.ptr, name, entry->f0.len) == 0) {
      edo_option_string_t value = edo_common_node_as_string(edo_common_node_borrow(entry->f1));
      if (value.is_some) found = value.val;
    }
    edo_common_node_drop_own(entry->f1);
  }
  edo_option_list_tuple2_string_own_common_node_free(&table);
  return found;
}

edo_result_own_transform_transform_own_common_error_t edo_abi_create_transform(edo_string_t addr,
                                                                             edo_common_borrow_node_t node,
                                                                             edo_host_borrow_context_t ctx) {
  edo_result_own_transform_transform_own_common_error_t result = {0};
  edo_string_t command = string_attr(node, "command");
  edo_option_own_host_farm_t farm = {0};
  if (command.len > 0) {
    edo_string_t label = string_attr(node, "farm");
    farm = edo_host_context_get_farm(ctx, label);
    if (!farm.is_some) {
      // "no farm <label>"
      char *message = calloc(1, 8 + label.len + 1);
      memcpy(message, "no farm ", 8);
      memcpy(message + 8, label.ptr, label.len);
      result.is_err = true;
      result.val.err = fail(message);
      free(message);
    }
    edo_string_free(&label);
    if (!farm.is_some) {
      edo_string_free(&command);
      return result;
    }
  }
  edo_transform_transform_t *self = calloc(1, sizeof *self);
  self->addr = edo_string_dup_n(addr.ptr, addr.len);
  self->text = string_attr(node, "text");
  self->command = command;
  self->farm = farm.val;
  append(&self->digest, "text:", 5);
  append(&self->digest, self->text.ptr, self->text.len);
  if (command.len > 0) {
    // The command and the farm it runs in (its identity, as the host reports it) are inputs too.
    append(&self->digest, "\ncommand:", 9);
    append(&self->digest, command.ptr, command.len);
    edo_result_list_tuple2_string_string_own_common_error_t identity =
        edo_host_farm_identity(edo_host_farm_borrow(self->farm));
    if (identity.is_err) {
      edo_transform_transform_destructor(self);
      result.is_err = true;
      result.val.err = identity.val.err;
      return result;
    }
    for (size_t i = 0; i < identity.val.ok.len; i++) {
      edo_tuple2_string_string_t *entry = &identity.val.ok.ptr[i];
      append(&self->digest, "\nfarm ", 6);
      append(&self->digest, entry->f0.ptr, entry->f0.len);
      append(&self->digest, "=", 1);
      append(&self->digest, entry->f1.ptr, entry->f1.len);
    }
    edo_list_tuple2_string_string_free(&identity.val.ok);
  }
  result.val.ok = edo_transform_transform_new(self);
  return result;
}

void edo_transform_transform_destructor(edo_transform_transform_t *self) {
  edo_string_free(&self->addr);
  edo_string_free(&self->text);
  if (self->command.len > 0) edo_host_farm_drop_own(self->farm);
  edo_string_free(&self->command);
  edo_string_free(&self->digest);
  free(self);
}

edo_result_string_own_common_error_t edo_transform_transform_environment(edo_transform_transform_t *self) {
  (void)self;
  return (edo_result_string_own_common_error_t){.val.ok = edo_string_dup("local")};
}

edo_result_list_string_own_common_error_t edo_transform_transform_depends(edo_transform_transform_t *self) {
  (void)self;
  return (edo_result_list_string_own_common_error_t){0};
}

static edo_common_own_id_t unique_id(edo_transform_transform_t *self) {
  edo_option_string_t none = {0};
  return edo_common_id_new(self->addr, self->digest, none, none, none);
}

edo_result_own_common_id_own_common_error_t edo_transform_transform_get_unique_id(edo_transform_transform_t *self,
                                                                                 edo_host_borrow_handle_t ctx) {
  (void)ctx;
  return (edo_result_own_common_id_own_common_error_t){.val.ok = unique_id(self)};
}

edo_result_void_own_common_error_t edo_transform_transform_prepare(edo_transform_transform_t *self,
                                                                   edo_common_borrow_log_t log,
                                                                   edo_host_borrow_handle_t ctx) {
  (void)self, (void)log, (void)ctx;
  return (edo_result_void_own_common_error_t){0};
}

edo_result_void_own_common_error_t edo_transform_transform_stage(edo_transform_transform_t *self,
                                                                 edo_common_borrow_log_t log,
                                                                 edo_host_borrow_handle_t ctx,
                                                                 edo_host_borrow_environment_t env) {
  (void)self, (void)log, (void)ctx, (void)env;
  return (edo_result_void_own_common_error_t){0};
}

static edo_host_transform_status_t failed(edo_common_own_error_t error) {
  edo_host_transform_status_t status = {.tag = EDO_HOST_TRANSFORM_STATUS_FAILED};
  status.val.failed.f1 = error;
  return status;
}

edo_host_transform_status_t edo_transform_transform_execute(edo_transform_transform_t *self,
                                                            edo_common_borrow_log_t log,
                                                            edo_host_borrow_handle_t ctx,
                                                            edo_host_borrow_environment_t env) {
  (void)env;
  if (self->command.len > 0) {
    edo_result_own_host_environment_own_common_error_t created =
        edo_host_farm_create(edo_host_farm_borrow(self->farm), log, edo_string_from("/work"));
    if (created.is_err) return failed(created.val.err);
    edo_host_borrow_environment_t environment = edo_host_environment_borrow(created.val.ok);
    edo_common_own_id_t id = unique_id(self);
    edo_result_bool_own_common_error_t ran =
        edo_host_environment_cmd(environment, log, edo_common_id_borrow(id), edo_string_from("/"), self->command);
    edo_common_id_drop_own(id);
    edo_result_void_own_common_error_t cleaned = edo_host_environment_clean(environment, log);
    edo_host_environment_drop_own(created.val.ok);
    if (ran.is_err) return failed(ran.val.err);
    if (cleaned.is_err) return failed(cleaned.val.err);
    if (!ran.val.ok) return failed(fail("the command failed"));
  }
  uint8_t *output = malloc(self->text.len + 1);
  for (size_t i = 0; i < self->text.len; i++) {
    uint8_t c = self->text.ptr[i];
    output[i] = c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
  }
  // The log line: "upper: <OUTPUT>\n".
  size_t line_len = 7 + self->text.len + 1;
  uint8_t *line = malloc(line_len);
  memcpy(line, "upper: ", 7);
  memcpy(line + 7, output, self->text.len);
  line[line_len - 1] = '\n';
  edo_result_u64_own_common_error_t logged = edo_common_log_write(log, (edo_list_u8_t){line, line_len});
  free(line);
  if (logged.is_err) return failed(logged.val.err);

  edo_storage_own_storage_manager_t storage = edo_host_handle_storage(ctx);
  edo_storage_borrow_storage_manager_t store = edo_storage_storage_manager_borrow(storage);
  edo_result_own_common_writer_own_common_error_t writer = edo_storage_storage_manager_start_layer(store);
  if (writer.is_err) return failed(writer.val.err);
  edo_result_u64_own_common_error_t wrote =
      edo_common_writer_write(edo_common_writer_borrow(writer.val.ok), (edo_list_u8_t){output, self->text.len});
  free(output);
  if (wrote.is_err) return failed(wrote.val.err);
  edo_option_string_t no_platform = {0};
  edo_result_own_storage_layer_own_common_error_t layer = edo_storage_storage_manager_finish_layer(
      store, edo_string_from("application/octet-stream"), no_platform, edo_common_writer_borrow(writer.val.ok));
  edo_common_writer_drop_own(writer.val.ok);
  if (layer.is_err) return failed(layer.val.err);

  edo_common_own_id_t id = unique_id(self);
  edo_string_t provides_item = edo_string_from("upper");
  char metadata[64];
  size_t metadata_len = 0;
  {
    // {"length":N} without printf (no stdio in plugins).
    char digits[24];
    size_t n = self->text.len, count = 0;
    do digits[count++] = (char)('0' + n % 10), n /= 10;
    while (n);
    memcpy(metadata, "{\"length\":", 10);
    metadata_len = 10;
    while (count) metadata[metadata_len++] = digits[--count];
    metadata[metadata_len++] = '}';
  }
  edo_option_string_t meta = {.is_some = true, .val = {(uint8_t *)metadata, metadata_len}};
  edo_storage_own_artifact_config_t config =
      edo_storage_artifact_config_new(edo_common_id_borrow(id), (edo_list_string_t){&provides_item, 1}, meta);
  edo_storage_own_artifact_t artifact = edo_storage_artifact_new(edo_storage_artifact_config_borrow(config));
  edo_storage_artifact_add_layer(edo_storage_artifact_borrow(artifact), edo_storage_layer_borrow(layer.val.ok));
  edo_storage_layer_drop_own(layer.val.ok);
  edo_storage_artifact_config_drop_own(config);
  edo_common_id_drop_own(id);
  edo_storage_storage_manager_drop_own(storage);
  return (edo_host_transform_status_t){.tag = EDO_HOST_TRANSFORM_STATUS_SUCCESS, .val.success = artifact};
}

bool edo_transform_transform_can_shell(edo_transform_transform_t *self) {
  (void)self;
  return false;
}

edo_result_void_own_common_error_t edo_transform_transform_shell(edo_transform_transform_t *self,
                                                                 edo_host_borrow_environment_t env) {
  (void)self, (void)env;
  return (edo_result_void_own_common_error_t){.is_err = true, .val.err = fail("no shell")};
}
