//! Tools for scripts/bench, which measures Powermap at scale:
//!
//! - `perf generate N OUT.ron [OUT.dot]`: writes a generated map of N
//!   stakeholders (two relations each), and the same graph for graphviz.
//! - `perf memory FILE`: opens a map as the editor does, with no window,
//!   draws every view and a few gestures, and prints the peak memory.
//! - `perf session FILE`: a scripted session of use, each step timed, the
//!   memory after each and the peak.
//! - `perf repeat FILE STEP N`: one step of the session (select-all,
//!   select-one, undo-move, switch-back) N times over, for `perf record`.
//! - `perf report CRITERION_DIR MEASURED_DIR`: the figures next to their
//!   targets, as a Markdown table, from criterion's estimates and the
//!   files scripts/bench wrote (sfdp times, memory, idle CPU).
#![allow(clippy::print_stdout)]

mod session;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use egui::{Key, Modifiers, PointerButton, Pos2, Vec2};
use powermap::ui::{Document, HeadlessWindow, PowermapApp, Settings};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["generate", n, ron] => generate(n, Path::new(ron), None),
        ["generate", n, ron, dot] => generate(n, Path::new(ron), Some(Path::new(dot))),
        ["memory", file] => memory(Path::new(file)),
        ["session", file] => session::session(Path::new(file)),
        ["open", file] => open(Path::new(file)),
        ["first-frame", file] => first_frame(Path::new(file)),
        ["repeat", file, step, times] => times
            .parse()
            .map_err(anyhow::Error::from)
            .and_then(|times| session::repeat(Path::new(file), step, times)),
        ["report", criterion, measured] => report(Path::new(criterion), Path::new(measured)),
        _ => Err(anyhow::anyhow!(
            "usage: perf generate N OUT.ron [OUT.dot] | perf memory FILE | perf open FILE | perf first-frame FILE | perf session FILE | perf repeat FILE STEP N | perf report CRITERION_DIR MEASURED_DIR"
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("perf: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn generate(n: &str, ron: &Path, dot: Option<&Path>) -> anyhow::Result<()> {
    let n: usize = n.parse()?;
    let map = powermap::analysis::generated_map(n, 2 * n, 42);
    powermap::file::save_file(&map, ron)?;
    if let Some(dot) = dot {
        let graph = map.graph();
        let mut text = String::from("digraph map {\n");
        for index in graph.node_indices() {
            writeln!(text, "  n{};", index.index())?;
        }
        for edge in graph.edge_indices() {
            if let Some((a, b)) = graph.edge_endpoints(edge) {
                writeln!(text, "  n{} -> n{};", a.index(), b.index())?;
            }
        }
        text.push_str("}\n");
        std::fs::write(dot, text)?;
    }
    Ok(())
}

/// Opens a map ten times over and prints the median time to read it.
fn open(file: &Path) -> anyhow::Result<()> {
    let mut times: Vec<f64> = (0..10)
        .map(|_| {
            let started = std::time::Instant::now();
            let map = powermap::file::load_file(file)?;
            std::hint::black_box(map);
            Ok(started.elapsed().as_secs_f64() * 1e3)
        })
        .collect::<anyhow::Result<_>>()?;
    times.sort_by(f64::total_cmp);
    println!(
        "open (read and validate): {:.1} ms (median of 10)",
        times[5]
    );
    Ok(())
}

/// The first frame of a window on the map (the view model, the outline,
/// every panel laid out), without the read: the median of 5, each on a
/// document read afresh, in wall time and in CPU time of this thread.
fn first_frame(file: &Path) -> anyhow::Result<()> {
    let mut times = Vec::new();
    for _ in 0..5 {
        let doc = Document::open(file)?;
        let app = PowermapApp::with_document(doc, Settings::default());
        let cpu = session::cpu_ms();
        let started = std::time::Instant::now();
        let window = HeadlessWindow::new(app, Vec2::new(1400.0, 860.0));
        times.push((
            started.elapsed().as_secs_f64() * 1e3,
            session::cpu_ms() - cpu,
        ));
        drop(window);
    }
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (wall, cpu) = times[2];
    println!("first frame: {wall:.1} ms, CPU {cpu:.1} ms (median of 5)");
    Ok(())
}

fn memory(file: &Path) -> anyhow::Result<()> {
    let doc = Document::open(file)?;
    let app = PowermapApp::with_document(doc, Settings::default());
    let mut window = HeadlessWindow::new(app, Vec2::new(1400.0, 860.0));
    window.settle(30);
    let middle = Pos2::new(700.0, 430.0);
    window.move_pointer(middle);
    window.button(PointerButton::Middle, true);
    for step in 0..60 {
        let along = if step < 30 { 5.0 } else { -5.0 };
        window.move_pointer(window.pointer() + Vec2::new(along, along / 2.0));
        window.zoom(if step % 20 < 10 { 1.05 } else { 1.0 / 1.05 });
        window.frame();
    }
    window.button(PointerButton::Middle, false);
    let ctrl = Modifiers::COMMAND | Modifiers::CTRL;
    for key in [Key::Num2, Key::Num3, Key::Num4, Key::Num1] {
        window.press(ctrl, key);
        window.settle(30);
    }
    let status = std::fs::read_to_string("/proc/self/status")?;
    let peak_kb: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| anyhow::anyhow!("no VmHWM line in /proc/self/status"))?;
    println!(
        "peak memory: {:.0} MB (VmHWM) with {} stakeholders open, every view drawn",
        peak_kb / 1024.0,
        window.app().document().map().stakeholder_count()
    );
    Ok(())
}

/// Medians from criterion, by "group/function", in milliseconds.
fn medians(criterion: &Path) -> anyhow::Result<BTreeMap<String, f64>> {
    let mut found = BTreeMap::new();
    let mut folders = vec![criterion.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.ends_with("new/benchmark.json") {
                let benchmark: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(&path)?)?;
                let estimates: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
                    path.with_file_name("estimates.json"),
                )?)?;
                let name = format!(
                    "{}/{}",
                    benchmark["group_id"].as_str().unwrap_or_default(),
                    benchmark["function_id"].as_str().unwrap_or_default()
                );
                if let Some(ns) = estimates["median"]["point_estimate"].as_f64() {
                    found.insert(name, ns / 1e6);
                }
            }
        }
    }
    Ok(found)
}

/// The number that follows `label` in `text`, as in "idle CPU: 0.30%".
fn number_after(text: &str, label: &str) -> Option<f64> {
    let rest = text.split_once(label)?.1.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// A line of what scripts/bench measured outside criterion, if it did.
fn measured(folder: &Path, name: &str) -> Option<String> {
    let path: PathBuf = folder.join(name);
    std::fs::read_to_string(path)
        .ok()
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
}

/// A document figure's target: one at 5,000 stakeholders, one at 20,000.
fn budget(n: usize, at_5000: f64, at_20000: f64) -> Option<f64> {
    match n {
        5_000 => Some(at_5000),
        20_000 => Some(at_20000),
        _ => None,
    }
}

fn report(criterion: &Path, folder: &Path) -> anyhow::Result<()> {
    let ms = medians(criterion)?;
    let get = |name: &str| ms.get(name).copied();
    let show =
        |v: Option<f64>| v.map_or_else(|| "not measured".to_owned(), |v| format!("{v:.2} ms"));
    let verdict = |v: Option<f64>, limit: f64| match v {
        Some(v) if v <= limit => "met",
        Some(_) => "MISSED",
        None => "-",
    };
    let mut out = String::from("| figure | median | target | |\n|---|---|---|---|\n");
    let row = |out: &mut String, what: String, v: Option<f64>, target: String, met: &str| {
        let _ = writeln!(out, "| {what} | {} | {target} | {met} |", show(v));
    };
    for n in [100, 1_000, 5_000, 20_000] {
        let group = format!("frame {n}");
        for bench in [
            "network steady",
            "network pan",
            "network zoom",
            "network drag",
            "grid steady",
            "grid drag",
            "spectrum steady",
            "spectrum drag",
            "table steady",
            "table scroll",
            "peer steady",
            "peer pan",
            "peer zoom",
        ] {
            let v = get(&format!("{group}/{bench}"));
            let limit = match (n, bench) {
                (_, b) if b.starts_with("peer") => None,
                (5_000 | 20_000, b) if b.ends_with("steady") => Some(8.0),
                (5_000 | 20_000, _) => Some(16.0),
                (1_000, _) => Some(4.0),
                _ => None,
            };
            let (target, met) = limit.map_or((String::new(), "-"), |l| {
                (format!("≤ {l} ms"), verdict(v, l))
            });
            row(&mut out, format!("{n}: {bench} frame"), v, target, met);
        }
        for (ours, peer) in [
            ("network steady", "peer steady"),
            ("network pan", "peer pan"),
            ("network zoom", "peer zoom"),
        ] {
            let (a, b) = (
                get(&format!("{group}/{ours}")),
                get(&format!("{group}/{peer}")),
            );
            if let (Some(a), Some(b)) = (a, b) {
                let ratio = b / a;
                let (target, met) = if n == 5_000 {
                    ("≥ 5×", if ratio >= 5.0 { "met" } else { "MISSED" })
                } else {
                    ("", "-")
                };
                let _ = writeln!(
                    out,
                    "| {n}: peer ÷ ours, {ours} | {ratio:.1}× | {target} | {met} |"
                );
            }
        }
        let group = format!("document {n}");
        for (bench, limit) in [
            ("open (read and validate)", budget(n, 100.0, 300.0)),
            ("save", None),
            ("undo delete of a tenth", None),
            ("undo move of everyone", None),
            ("analysis", budget(n, 1_000.0, 2_000.0)),
            ("arrange", budget(n, 2_000.0, 3_000.0)),
        ] {
            let v = get(&format!("{group}/{bench}"));
            let (target, met) = limit.map_or((String::new(), "-"), |l| {
                (format!("≤ {l} ms"), verdict(v, l))
            });
            row(&mut out, format!("{n}: {bench}"), v, target, met);
        }
        match measured(folder, &format!("sfdp-{n}.txt")) {
            Some(text) => {
                let sfdp = text.parse::<f64>().ok();
                let arrange = get(&format!("{group}/arrange"));
                let (target, met) = if n >= 5_000 {
                    match (sfdp, arrange) {
                        (Some(s), Some(a)) => {
                            ("Arrange ≤ sfdp", if a <= s { "met" } else { "MISSED" })
                        }
                        _ => ("Arrange ≤ sfdp", "-"),
                    }
                } else {
                    ("", "-")
                };
                row(
                    &mut out,
                    format!("{n}: graphviz sfdp, same graph"),
                    sfdp,
                    target.to_owned(),
                    met,
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "| {n}: graphviz sfdp | not measured (graphviz missing) | | - |"
                );
            }
        }
    }
    if let Some(text) = measured(folder, "memory.txt") {
        let mb = number_after(&text, "peak memory:");
        let met = mb.map_or("-", |mb| if mb <= 300.0 { "met" } else { "MISSED" });
        let shown = mb.map_or_else(|| text.clone(), |mb| format!("{mb:.0} MB"));
        let _ = writeln!(
            out,
            "| 5000: peak memory (VmHWM) | {shown} | ≤ 300 MB | {met} |"
        );
    }
    if let Some(text) = measured(folder, "idle.txt") {
        let percent = number_after(&text, "idle CPU:");
        let met = percent.map_or("-", |p| if p < 2.0 { "met" } else { "MISSED" });
        let shown = percent.map_or_else(|| text.clone(), |p| format!("{p:.2} % of one core"));
        let _ = writeln!(out, "| 5000 open: idle CPU | {shown} | < 2 % | {met} |");
    }
    // scripts/measure-idle --session: a window in a live session with
    // `powermap serve` as its host, nobody editing.
    if let Some(text) = measured(folder, "idle-session.txt") {
        for (label, what) in [
            ("the window:", "window"),
            ("the host (powermap serve):", "host"),
        ] {
            let percent = number_after(&text, label);
            let met = percent.map_or("-", |p| if p < 2.0 { "met" } else { "MISSED" });
            let shown = percent.map_or_else(|| text.clone(), |p| format!("{p:.2} % of one core"));
            let _ = writeln!(
                out,
                "| 5000 in a live session: idle CPU, {what} | {shown} | < 2 % | {met} |"
            );
        }
    }
    print!("{out}");
    Ok(())
}
