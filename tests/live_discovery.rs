//! A session hosted on this machine is heard by a laptop looking for one
//! (mDNS, as on a workshop's network), with its map's title and host's
//! name in any script, and is gone from the list once its host stops.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use powermap::edit::Edit;
use powermap::live::discover::{Announcement, Browser};
use powermap::model::{Kind, Map, Stakeholder};

fn wait_for(browser: &Browser, what: impl Fn(&Browser) -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if what(browser) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn a_hosted_session_is_listed_with_its_title_and_host_then_withdrawn() {
    let browser = Browser::start(Arc::new(|| {})).expect("listening for sessions");
    let port = 27_000 + (std::process::id() % 1000) as u16;
    let announcement = Announcement::start("Église évangélique — منتدى 联合国", "Zoé Ngana", port)
        .expect("announcing");
    assert!(
        wait_for(&browser, |b| b
            .found()
            .iter()
            .any(|f| f.address.port() == port)),
        "the session on port {port} was never heard; heard: {:?}",
        browser
            .found()
            .iter()
            .map(|f| (&f.title, f.address))
            .collect::<Vec<_>>()
    );
    let found = browser
        .found()
        .into_iter()
        .find(|f| f.address.port() == port)
        .unwrap();
    assert_eq!(found.title, "Église évangélique — منتدى 联合国");
    assert_eq!(found.host, "Zoé Ngana");
    drop(announcement);
    assert!(
        wait_for(&browser, |b| b
            .found()
            .iter()
            .all(|f| f.address.port() != port)),
        "the session stayed listed after its host stopped"
    );
}

/// The process, killed when the test ends however it ends.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_headless_host_is_listed_too() {
    use std::io::BufRead as _;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Comité de Bangui.ron");
    let mut map = Map::new("Comité de Bangui — 联合国");
    let id = map.id_allocator().stakeholder();
    Edit::AddStakeholder(Stakeholder::new(
        id,
        "منتدى وكالات الإغاثة",
        Kind::Organization,
    ))
    .apply(&mut map)
    .unwrap();
    powermap::file::save_file(&map, &path).unwrap();
    let browser = Browser::start(Arc::new(|| {})).expect("listening for sessions");
    let port = 28_000 + (std::process::id() % 1000) as u16;
    let mut serve = std::process::Command::new(env!("CARGO_BIN_EXE_powermap"));
    serve
        .args([
            "serve",
            path.to_str().unwrap(),
            "--code",
            "K7QM-4PXR-2HTW",
            "--port",
        ])
        .arg(port.to_string())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut serve = Running(serve.spawn().unwrap());
    let mut said = String::new();
    std::io::BufReader::new(serve.0.stdout.take().unwrap())
        .read_line(&mut said)
        .unwrap();
    assert!(said.contains(&port.to_string()), "serve said {said:?}");
    assert!(
        wait_for(&browser, |b| b
            .found()
            .iter()
            .any(|f| f.address.port() == port)),
        "`powermap serve` on port {port} was never heard; heard: {:?}",
        browser
            .found()
            .iter()
            .map(|f| (&f.title, f.address))
            .collect::<Vec<_>>()
    );
    let found = browser
        .found()
        .into_iter()
        .find(|f| f.address.port() == port)
        .unwrap();
    assert_eq!(found.title, "Comité de Bangui — 联合国");
}
