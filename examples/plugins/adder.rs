//! Compiled to WebAssembly by rust_wasm_build.

/// Exported unmangled, so the module exports `add`.
#[no_mangle]
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a + b
}
