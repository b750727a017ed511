//! `perf session FILE`: opens a map as the editor does, with no window,
//! and goes through a scripted session of use (pan, zoom, drag, select,
//! filter, switch views, Arrange, undo), printing how long each step took
//! (medians of frames for gestures, the whole wait for one-off steps) and
//! the memory held after each, then the peak.

use std::time::{Duration, Instant};

use egui::{Key, Modifiers, PointerButton, Pos2, Vec2};
use powermap::model::Stance;
use powermap::ui::{Document, HeadlessWindow, PowermapApp, Settings};

const WINDOW: Vec2 = Vec2::new(1400.0, 860.0);
const CTRL: Modifiers = Modifiers {
    alt: false,
    ctrl: true,
    shift: false,
    mac_cmd: false,
    command: true,
};

type Window = HeadlessWindow<PowermapApp>;

fn status_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status.lines().find_map(|line| {
                let rest = line.strip_prefix(field)?;
                rest.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<f64>()
                    .ok()
            })
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times
        .get(times.len() / 2)
        .map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
}

/// The CPU time this thread has had, in ms: on a machine whose cores are
/// shared with other work, what a step cost whatever else ran meanwhile
/// (the time it waited for a core is not in it).
pub fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|line| line.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

/// Frames until the app stops asking for the next one at once (at most
/// `limit`), timed from `started`, which includes whatever ran before the
/// first of them. A frame asked for after a pause (a tooltip's delay after
/// a scroll, a moved drawing made afresh 0.15 s after the camera stops) is
/// one a window draws after waiting idle, not part of the step's wait
/// (with `POWERMAP_PERF_WAIT_DELAYED` set, it is counted all the same, as
/// this session did before). With `POWERMAP_PERF_FRAMES` set, each of those frames' time, CPU time
/// and triangles is printed too, to tell the first frame from the
/// animation after it.
fn settle_from(window: &mut Window, started: Instant, limit: usize) -> f64 {
    let each = std::env::var_os("POWERMAP_PERF_FRAMES").is_some();
    let wait_delayed = std::env::var_os("POWERMAP_PERF_WAIT_DELAYED").is_some();
    let mut times = Vec::new();
    for _ in 0..limit {
        let frame_started = Instant::now();
        let cpu_started = cpu_ms();
        let frame = window.frame();
        times.push((
            frame_started.elapsed(),
            cpu_ms() - cpu_started,
            frame.triangles,
        ));
        let more = if wait_delayed {
            frame.repaint_requested
        } else {
            frame.wants_next_frame()
        };
        if !more {
            break;
        }
        if each && std::env::var_os("POWERMAP_PERF_CAUSES").is_some() {
            let causes: Vec<String> = window
                .context()
                .repaint_causes()
                .iter()
                .map(ToString::to_string)
                .collect();
            println!("  repaint asked by {}", causes.join(", "));
        }
    }
    let total = started.elapsed().as_secs_f64() * 1e3;
    if each {
        let frames: Vec<String> = times
            .iter()
            .map(|(took, cpu, triangles)| {
                format!(
                    "{:.1}/{cpu:.1} ({}k)",
                    took.as_secs_f64() * 1e3,
                    triangles / 1000
                )
            })
            .collect();
        let cpu: f64 = times.iter().map(|(_, cpu, _)| cpu).sum();
        println!(
            "  {} frames, ms/CPU ms (triangles): {}; CPU {cpu:.1} ms",
            frames.len(),
            frames.join(" ")
        );
    }
    total
}

/// The median of `frames` frames, each after `before` moved something
/// (with `POWERMAP_PERF_FRAMES` set, their median CPU time is printed too).
fn frames(window: &mut Window, frames: usize, mut before: impl FnMut(&mut Window, usize)) -> f64 {
    let mut times = Vec::with_capacity(frames);
    let mut cpu = Vec::with_capacity(frames);
    for step in 0..frames {
        before(window, step);
        let started = Instant::now();
        let cpu_started = cpu_ms();
        window.frame();
        times.push(started.elapsed());
        cpu.push(Duration::from_secs_f64(
            (cpu_ms() - cpu_started).max(0.0) / 1e3,
        ));
    }
    if std::env::var_os("POWERMAP_PERF_FRAMES").is_some() {
        println!("  median CPU {:.2} ms", median(cpu));
    }
    median(times)
}

fn swing(step: usize) -> f32 {
    if (step / 10).is_multiple_of(2) {
        1.0
    } else {
        -1.0
    }
}

fn drag(window: &mut Window, button: PointerButton, from: Pos2) -> f64 {
    window.move_pointer(from);
    window.frame();
    window.button(button, true);
    window.frame();
    for _ in 0..3 {
        window.move_pointer(window.pointer() + Vec2::new(4.0, 3.0));
        window.frame();
    }
    let ms = frames(window, 40, |w, step| {
        w.move_pointer(w.pointer() + Vec2::new(7.0, 4.0) * swing(step));
    });
    window.button(button, false);
    window.settle(60);
    ms
}

fn click(window: &mut Window, at: Pos2) -> f64 {
    window.move_pointer(at);
    window.settle(10);
    let started = Instant::now();
    window.button(PointerButton::Primary, true);
    window.frame();
    window.button(PointerButton::Primary, false);
    settle_from(window, started, 10)
}

pub fn session(file: &std::path::Path) -> anyhow::Result<()> {
    let mut steps = 0;
    // With `POWERMAP_PERF_FRAMES` set, each step also says when it ran (s
    // since the session began), to pick its samples out of a `perf record`.
    let each = std::env::var_os("POWERMAP_PERF_FRAMES").is_some();
    let began = Instant::now();
    let mut note = |what: &str, ms: f64| {
        let rss_mb = status_mb("VmRSS:");
        if each {
            let end = began.elapsed().as_secs_f64();
            println!("  ran {:.3}..{end:.3} s", end - ms / 1e3);
        }
        if each {
            // The peak so far, to tell which step reached it.
            println!("  peak so far {:.0} MB", status_mb("VmHWM:"));
        }
        println!("{what}: {ms:.2} ms (memory {rss_mb:.0} MB)");
        steps += 1;
    };
    let started = Instant::now();
    let doc = Document::open(file)?;
    note("read the file", started.elapsed().as_secs_f64() * 1e3);
    let app = PowermapApp::with_document(doc, Settings::default());
    let mut window = HeadlessWindow::new(app, WINDOW);
    note(
        "open (read and first frame)",
        started.elapsed().as_secs_f64() * 1e3,
    );
    let ms = settle_from(&mut window, started, 30);
    note("open until settled", ms);

    let middle = Pos2::new(WINDOW.x / 2.0, WINDOW.y / 2.0);
    window.move_pointer(middle);
    window.settle(10);
    note("network steady", frames(&mut window, 40, |_, _| {}));
    note(
        "network pan",
        drag(&mut window, PointerButton::Middle, middle),
    );
    window.move_pointer(middle);
    window.frame();
    let ms = frames(&mut window, 40, |w, step| {
        w.zoom(1.06_f32.powf(swing(step)));
    });
    note("network zoom", ms);
    window.settle(30);
    if let Some(at) = window.middle_stakeholder() {
        note(
            "network drag",
            drag(&mut window, PointerButton::Primary, at),
        );
        note("network select (click)", click(&mut window, at));
    }
    let started = Instant::now();
    window.press(CTRL, Key::A);
    note("select all", settle_from(&mut window, started, 30));
    window.press(Modifiers::NONE, Key::Escape);
    window.settle(30);

    let started = Instant::now();
    window
        .app_mut()
        .filter_mut()
        .stances
        .insert(Stance::ActiveOpposition);
    note("filter", settle_from(&mut window, started, 30));
    let started = Instant::now();
    window.app_mut().filter_mut().stances.clear();
    note("filter cleared", settle_from(&mut window, started, 30));

    for (key, view) in [(Key::Num2, "grid"), (Key::Num3, "spectrum")] {
        let started = Instant::now();
        window.press(CTRL, key);
        note(
            &format!("switch to {view}"),
            settle_from(&mut window, started, 30),
        );
        window.move_pointer(middle);
        window.settle(10);
        note(
            &format!("{view} steady"),
            frames(&mut window, 40, |_, _| {}),
        );
        if let Some(at) = window.middle_stakeholder() {
            note(
                &format!("{view} drag"),
                drag(&mut window, PointerButton::Primary, at),
            );
            note(&format!("{view} select (click)"), click(&mut window, at));
        }
    }
    let started = Instant::now();
    window.press(CTRL, Key::Num4);
    note("switch to table", settle_from(&mut window, started, 30));
    window.move_pointer(middle);
    window.settle(10);
    note("table steady", frames(&mut window, 40, |_, _| {}));
    let ms = frames(&mut window, 40, |w, step| {
        w.scroll(Vec2::new(0.0, 40.0 * swing(step)));
    });
    note("table scroll", ms);
    // The wheel's last turns are still being scrolled smoothly, and egui
    // holds tooltips back until half a second after a scroll: a user's
    // Ctrl+1 comes after that, so the switch is timed from there, not
    // with the table's scrolling frames in it.
    window.settle(60);
    let started = Instant::now();
    window.press(CTRL, Key::Num1);
    note("switch to network", settle_from(&mut window, started, 30));

    let started = Instant::now();
    window.press(CTRL | Modifiers::SHIFT, Key::L);
    let generation = window.app().document().generation();
    let mut during = Vec::new();
    while window.app().document().generation() == generation
        && started.elapsed() < Duration::from_secs(60)
    {
        let frame = Instant::now();
        window.frame();
        during.push(frame.elapsed());
        std::thread::sleep(Duration::from_millis(5));
    }
    note(
        "arrange (until applied)",
        started.elapsed().as_secs_f64() * 1e3,
    );
    note("frames while arranging", median(during));
    let started = Instant::now();
    window.settle(120);
    note(
        "arrange glide and settle",
        started.elapsed().as_secs_f64() * 1e3,
    );
    let started = Instant::now();
    window.press(CTRL, Key::Z);
    note("undo", settle_from(&mut window, started, 30));
    window.settle(60);
    note("network steady after", frames(&mut window, 40, |_, _| {}));
    // The spectrum again after moves on the network (Arrange, its undo),
    // which change nothing it shows.
    let started = Instant::now();
    window.press(CTRL, Key::Num3);
    note(
        "switch to spectrum after moves",
        settle_from(&mut window, started, 30),
    );

    let peak = status_mb("VmHWM:");
    println!(
        "peak memory: {peak:.0} MB (VmHWM) after a session of {steps} steps with {} stakeholders",
        window.app().document().map().stakeholder_count()
    );
    Ok(())
}

/// `perf repeat FILE STEP N`: opens a map and does one step N times over,
/// printing each time's frames as `perf session` does with
/// `POWERMAP_PERF_FRAMES`, so that `perf record` has enough samples of
/// that step alone. STEP is `select-all` (Ctrl+A, then Esc), `select-one`
/// (a click on a stakeholder, then on another), `undo-move` (everyone
/// moved by Arrange, undone and redone) or `switch-back` (to the network
/// from the table, a stakeholder selected on the spectrum before).
pub fn repeat(file: &std::path::Path, step: &str, times: usize) -> anyhow::Result<()> {
    let doc = Document::open(file)?;
    let app = PowermapApp::with_document(doc, Settings::default());
    let mut window = HeadlessWindow::new(app, WINDOW);
    window.settle(30);
    let middle = Pos2::new(WINDOW.x / 2.0, WINDOW.y / 2.0);
    window.move_pointer(middle);
    window.settle(10);
    let (mut total, mut cpu) = (Vec::new(), Vec::new());
    let mut time_step = |window: &mut Window, act: &dyn Fn(&mut Window)| {
        let started = Instant::now();
        let cpu_started = cpu_ms();
        act(window);
        total.push(Duration::from_secs_f64(
            settle_from(window, started, 30) / 1e3,
        ));
        cpu.push(Duration::from_secs_f64(
            (cpu_ms() - cpu_started).max(0.0) / 1e3,
        ));
    };
    match step {
        "select-all" => {
            for _ in 0..times {
                time_step(&mut window, &|w| w.press(CTRL, Key::A));
                time_step(&mut window, &|w| w.press(Modifiers::NONE, Key::Escape));
            }
        }
        "select-one" => {
            let at = window
                .middle_stakeholder()
                .ok_or_else(|| anyhow::anyhow!("no stakeholder to click"))?;
            for round in 0..times {
                // Two stakeholders in turn: the middle one, and nothing.
                let to = if round % 2 == 0 {
                    at
                } else {
                    at + Vec2::new(0.0, 300.0)
                };
                window.move_pointer(to);
                window.settle(10);
                time_step(&mut window, &|w| {
                    w.button(PointerButton::Primary, true);
                    w.frame();
                    w.button(PointerButton::Primary, false);
                });
            }
        }
        "undo-move" => {
            window.press(CTRL | Modifiers::SHIFT, Key::L);
            let generation = window.app().document().generation();
            let started = Instant::now();
            while window.app().document().generation() == generation
                && started.elapsed() < Duration::from_secs(60)
            {
                window.frame();
                std::thread::sleep(Duration::from_millis(5));
            }
            window.settle(200);
            for _ in 0..times {
                time_step(&mut window, &|w| w.press(CTRL, Key::Z));
                window.settle(60);
                time_step(&mut window, &|w| w.press(CTRL | Modifiers::SHIFT, Key::Z));
                window.settle(60);
            }
        }
        "switch-back" => {
            // The table and back, a stakeholder selected on the spectrum
            // on the way, as `perf session` does.
            for _ in 0..times {
                window.press(CTRL, Key::Num3);
                window.settle(60);
                if let Some(at) = window.middle_stakeholder() {
                    window.move_pointer(at);
                    window.settle(10);
                    window.button(PointerButton::Primary, true);
                    window.frame();
                    window.button(PointerButton::Primary, false);
                    window.settle(60);
                }
                window.press(CTRL, Key::Num4);
                window.move_pointer(middle);
                window.settle(60);
                time_step(&mut window, &|w| w.press(CTRL, Key::Num1));
                window.settle(60);
            }
        }
        other => {
            anyhow::bail!("no step {other}: select-all, select-one, undo-move or switch-back")
        }
    }
    println!(
        "{step}: median {:.2} ms, CPU {:.2} ms, of {} times",
        median(total),
        median(cpu),
        times
    );
    Ok(())
}
