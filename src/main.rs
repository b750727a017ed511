//! The `powermap` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    powermap::cli::main()
}
