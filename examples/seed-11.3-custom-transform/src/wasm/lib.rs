//! A tiny crate compiled to WebAssembly by the seed's `rust_wasm_build`.

/// Adds two numbers; exported unmangled so the module's exports name it.
#[no_mangle]
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a + b
}
