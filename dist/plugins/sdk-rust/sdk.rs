//! Helpers for Rust plugins over the generated bindings (the crate `edo` carries them as
//! `edo::sdk`; `edo plugin build` and `edo plugin bindgen --lang rust` append this file).
use crate::common::{Error, Log, Node, Reader};

/// An error naming this plugin (`EDO_PLUGIN_NAME`): returned with `?`, the host sees `err`.
pub fn fail(message: impl AsRef<str>) -> Error {
    Error::new(crate::PLUGIN_NAME, message.as_ref())
}

/// A declaration's attributes, by name (one host call for the table).
pub struct Attrs(Vec<(String, Node)>);

impl Attrs {
    pub fn of(node: &Node) -> Attrs {
        Attrs(node.get_table().unwrap_or_default())
    }

    pub fn get(&self, name: &str) -> Option<&Node> {
        self.0.iter().find(|(key, _)| key == name).map(|(_, value)| value)
    }

    /// A string attribute, `default` when absent.
    pub fn string(&self, name: &str, default: &str) -> Result<String, Error> {
        match self.get(name) {
            None => Ok(default.to_string()),
            Some(value) => value.as_string().ok_or_else(|| fail(format!("{name} must be a string"))),
        }
    }

    /// A list of strings (file labels, names), empty when absent.
    pub fn strings(&self, name: &str) -> Result<Vec<String>, Error> {
        let items = self.get(name).and_then(|value| value.as_list()).unwrap_or_default();
        items
            .iter()
            .map(|item| item.as_string().ok_or_else(|| fail(format!("{name} must be a list of strings"))))
            .collect()
    }

    /// A bool attribute, false when absent.
    pub fn flag(&self, name: &str) -> bool {
        self.get(name).and_then(|value| value.as_bool()).unwrap_or(false)
    }
}

/// Writes `text` and a newline to a host log.
pub fn log_line(log: &Log, text: &str) -> Result<(), Error> {
    log.write(format!("{text}\n").as_bytes()).map(|_| ())
}

/// Reads a host reader to its end.
pub fn read_all(reader: &Reader) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    loop {
        let chunk = reader.read(65536)?;
        if chunk.is_empty() {
            return Ok(bytes);
        }
        bytes.extend_from_slice(&chunk);
    }
}
