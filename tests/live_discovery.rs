//! A session hosted on this machine is heard by a laptop looking for one
//! (mDNS, as on a workshop's network), with its map's title and host's
//! name in any script, and is gone from the list once its host stops.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use powermap::edit::Edit;
use powermap::live::discover::{Announcement, Browser, Found};
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

/// The session on `port`, once `browser` has heard it (`what` names the
/// host for the message should it never be).
fn heard(browser: &Browser, port: u16, what: &str) -> Found {
    let on_port = |b: &Browser| b.found().into_iter().find(|f| f.address.port() == port);
    assert!(
        wait_for(browser, |b| on_port(b).is_some()),
        "{what} on port {port} was never heard; heard: {:?}",
        browser
            .found()
            .iter()
            .map(|f| (&f.title, f.address))
            .collect::<Vec<_>>()
    );
    on_port(browser).unwrap()
}

#[test]
fn a_hosted_session_is_listed_with_its_title_and_host_then_withdrawn() {
    let browser = Browser::start(Arc::new(|| {})).expect("listening for sessions");
    let port = 27_000 + (std::process::id() % 1000) as u16;
    let announcement = Announcement::start("Église évangélique — منتدى 联合国", "Zoé Ngana", port)
        .expect("announcing");
    let found = heard(&browser, port, "the session");
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

#[test]
fn a_headless_host_is_listed_too() {
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
    let (_serve, port) = common::process::serve(&path, "K7QM-4PXR-2HTW");
    let found = heard(&browser, port, "`powermap serve`");
    assert_eq!(found.title, "Comité de Bangui — 联合国");
}
