//! Builds the interface's words in again when a Fluent file is added,
//! changed or removed: they are read into the binary at compile time.

fn main() {
    println!("cargo:rerun-if-changed=assets/i18n");
}
