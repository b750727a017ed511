//! The `powermap` binary run as a child process by a test: stopped when
//! dropped, however the test ends.

use std::io::BufRead as _;
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A child process, killed and waited for when dropped.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `powermap serve PATH --code CODE` on a port the system picks, once it
/// listens: the process and its port (the last number of the line it
/// prints first; a map's title may hold numbers of its own).
pub fn serve(path: &Path, code: &str) -> (Running, u16) {
    let child = Command::new(env!("CARGO_BIN_EXE_powermap"))
        .arg("serve")
        .arg(path)
        .args(["--code", code, "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("powermap serve starts");
    let mut running = Running(child);
    let mut said = String::new();
    std::io::BufReader::new(running.0.stdout.take().expect("its output"))
        .read_line(&mut said)
        .expect("powermap serve says where it listens");
    let port = said
        .split_whitespace()
        .rev()
        .find_map(|word| word.parse().ok())
        .unwrap_or_else(|| panic!("no port in {said:?}"));
    (running, port)
}
