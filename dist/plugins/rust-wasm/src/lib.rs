//! `rust_wasm_build` (seed 11.3): compiles a Rust crate to WebAssembly with `rustc`, run in the
//! environment the build gives the transform, and outputs `<name>.wasm` as a one-layer artifact.
//! Written in Rust against the bindings `edo plugin build` generates from wit/ (the crate `edo`).
use edo::common::{Error, Id, Log, Node};
use edo::host::{Context, Environment, Handle, Source, TransformStatus};
use edo::sdk::{fail, log_line, Attrs};
use edo::storage::{Artifact, ArtifactConfig};
use edo::transform::{GuestTransform, Transform};

const LAYER_TAR: &str = "application/vnd.oci.image.layer.v1.tar";

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` quoted for `sh`.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

struct WasmBuild {
    addr: String,
    /// The environment farm it runs in.
    environment: String,
    /// The crate's files, a host `local_source` staged under `src/`.
    srcs: Source,
    /// The rustc command line, minus nothing: part of the target's id.
    command: String,
    output: String,
}

impl WasmBuild {
    fn new(addr: String, node: &Node, ctx: &Context) -> Result<WasmBuild, Error> {
        let attrs = Attrs::of(node);
        let name = node.get_name().unwrap_or_else(|| "out".to_string());
        let files = attrs.strings("srcs")?;
        // A file label's path inside its package, as local_source stages it.
        let paths: Vec<&str> = files.iter().map(|label| label.rsplit(':').next().unwrap_or(label)).collect();
        let crate_type = attrs.string("crate_type", "cdylib")?;
        let default_root = if crate_type == "bin" { "main.rs" } else { "lib.rs" };
        let crate_root = match attrs.get("crate_root") {
            Some(_) => attrs.string("crate_root", "")?,
            None if paths.len() == 1 => paths[0].to_string(),
            None => paths
                .iter()
                .find(|path| path.rsplit('/').next() == Some(default_root))
                .map(|path| path.to_string())
                .ok_or_else(|| fail(format!("{addr}: no {default_root} among srcs: set crate_root")))?,
        };
        let mut target = attrs.string("target", "wasm32-unknown-unknown")?;
        // `wasi = True` picks the target's WASI flavour (wasm32-unknown-unknown → wasm32-wasi).
        if attrs.flag("wasi") {
            target = target.replace("-unknown-unknown", "-wasi");
        }
        let output = format!("{name}.wasm");
        let command = [
            shell_quote(&attrs.string("rustc", "/usr/bin/rustc")?),
            format!("--edition {}", shell_quote(&attrs.string("edition", "2021")?)),
            format!("--crate-type {}", shell_quote(&crate_type)),
            format!("--crate-name {}", shell_quote(&name.replace(|c: char| !c.is_ascii_alphanumeric(), "_"))),
            format!("--target {}", shell_quote(&target)),
            format!("-C opt-level={}", shell_quote(&attrs.string("opt_level", "s")?)),
            "-C strip=symbols".to_string(),
            format!("-o out/{}", shell_quote(&output)),
            format!("src/{}", shell_quote(&crate_root)),
        ]
        .join(" ");
        let srcs_json = format!(
            "{{\"kind\":\"local_source\",\"srcs\":[{}]}}",
            files.iter().map(|file| json_string(file)).collect::<Vec<_>>().join(",")
        );
        let srcs = ctx.add_source(&format!("{addr}#srcs"), &Node::from_json(&srcs_json)?)?;
        Ok(WasmBuild { environment: attrs.string("environment", "local")?, addr, srcs, command, output })
    }

    fn id(&self) -> Result<Id, Error> {
        let sources = self.srcs.get_unique_id()?.digest();
        Ok(Id::new(&self.addr, &format!("rust_wasm_build:{sources}:{}", self.command), None, None, None))
    }

    fn build(&self, log: &Log, ctx: &Handle, env: &Environment) -> Result<Artifact, Error> {
        log_line(log, &format!("rust_wasm_build: {}", self.command))?;
        let id = self.id()?;
        env.create_dir("out")?;
        if !env.cmd(log, &id, ".", &self.command)? {
            return Err(fail(format!("rustc failed to build {}", self.output)));
        }
        let storage = ctx.storage();
        let writer = storage.start_layer()?;
        env.read("out", &writer)?;
        let layer = storage.finish_layer(LAYER_TAR, None, &writer)?;
        let artifact = Artifact::new(&ArtifactConfig::new(&id, &["wasm".to_string()], None));
        artifact.add_layer(&layer);
        Ok(artifact)
    }
}

impl GuestTransform for WasmBuild {
    fn environment(&self) -> Result<String, Error> {
        Ok(self.environment.clone())
    }

    fn depends(&self) -> Result<Vec<String>, Error> {
        Ok(Vec::new())
    }

    fn get_unique_id(&self, _ctx: &Handle) -> Result<Id, Error> {
        self.id()
    }

    fn prepare(&self, _log: &Log, _ctx: &Handle) -> Result<(), Error> {
        Ok(())
    }

    fn stage(&self, log: &Log, ctx: &Handle, env: &Environment) -> Result<(), Error> {
        self.srcs.stage(log, &ctx.storage(), env, "src")
    }

    fn execute(&self, log: &Log, ctx: &Handle, env: &Environment) -> TransformStatus {
        match self.build(log, ctx, env) {
            Ok(artifact) => TransformStatus::Success(artifact),
            Err(error) => TransformStatus::Failed((None, error)),
        }
    }

    fn can_shell(&self) -> bool {
        false
    }
}

struct Plugin;

impl edo::abi::Guest for Plugin {
    fn create_transform(addr: String, node: &Node, ctx: &Context) -> Result<Transform, Error> {
        Ok(Transform::new(WasmBuild::new(addr, node, ctx)?))
    }
}

edo::export!(Plugin);
