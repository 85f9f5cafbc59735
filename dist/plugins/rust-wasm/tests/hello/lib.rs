// The crate `edo plugin test` builds with rust_wasm_build: one exported function.
#[no_mangle]
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a + b
}
