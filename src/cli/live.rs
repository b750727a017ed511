//! `powermap serve` and `powermap sync`: live sessions without a window,
//! for an always-on machine and for scripts (see docs/COLLABORATION.md).

use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};

use super::load;
use crate::file::{save_file, write_atomically};
use crate::i18n::tr_with;
use crate::live::discover::Announcement;
use crate::live::{Channel, JoinCode, LiveDoc, Relay, Session, SessionOptions, sidecar};
use crate::model::Map;

/// How long `sync` waits for the host to have sent everything (through a
/// sync server), or with nothing more coming from the host (in the room).
/// A 5,000-stakeholder map took 2.0 to 2.6 s (debug build, load 7), and
/// 7 to 12 s with six `sync`s joining at once (docs/COLLABORATION.md).
const CONVERGE_TIMEOUT: Duration = Duration::from_secs(30);
/// How often `sync` looks whether the host is still sending.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);

fn code(text: &str) -> anyhow::Result<JoinCode> {
    JoinCode::parse(text).map_err(|err| super::Usage(format!("--code: {err}")).into())
}

/// Hosts `path` until the process is stopped, saving the map and its
/// sidecar atomically after each change that came in.
pub(super) fn serve(
    path: &Path,
    code_text: &str,
    port: u16,
    share_confidential: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let code = code(code_text)?;
    let (mut map, doc) = to_serve(path, share_confidential)?;
    let (wake, wakes) = wakes();
    let options = SessionOptions {
        name: tr_with("cli-live-server-name", &[("title", map.title().into())]),
        share_confidential,
        ..SessionOptions::default()
    };
    let session = Session::host(doc, code.clone(), port, options, wake)?;
    session
        .sync(&mut map)
        .with_context(|| path.display().to_string())?;
    save(&map, path, &session.save_state())?;
    let started = tr_with(
        "cli-live-serving",
        &[
            ("title", map.title().into()),
            ("port", session.address().port().into()),
            ("code", code.display().clone().into()),
        ],
    );
    writeln!(out, "{started}")?;
    out.flush()?;
    // Laptops on the same network see the session listed, as one a window
    // hosts; where the network allows no discovery, the address is typed.
    let announcement = Announcement::start(map.title(), session.name(), session.address().port());
    if let Err(problem) = &announcement {
        writeln!(err, "{problem}")?;
    }
    keep_saved(&Channel::Room(session), &mut map, path, &wakes, err)?;
    drop(announcement);
    Ok(ExitCode::SUCCESS)
}

/// The map at `path` and the live document kept beside it (a fresh one
/// when there is none yet). The map as saved may have changed since the
/// sidecar was written; the first sync takes those changes in as the
/// host's own.
fn to_serve(path: &Path, share_confidential: bool) -> anyhow::Result<(Map, LiveDoc)> {
    let map = load(path)?;
    let doc = match sidecar::load(path, share_confidential)? {
        Some(doc) => doc,
        None => LiveDoc::from_map(&Map::default(), share_confidential)?,
    };
    Ok((map, doc))
}

/// A wake for a session's threads, and where its calls arrive.
fn wakes() -> (crate::live::Wake, mpsc::Receiver<()>) {
    let (woken, wakes) = mpsc::channel::<()>();
    let wake: crate::live::Wake = Arc::new(move || {
        let _ = woken.send(());
    });
    (wake, wakes)
}

/// Takes in what comes through `channel` each time it wakes, saving the
/// map and its sidecar atomically after each change and saying on `err`
/// what was left out, until the channel's threads are gone.
fn keep_saved(
    channel: &Channel,
    map: &mut Map,
    path: &Path,
    wakes: &mpsc::Receiver<()>,
    err: &mut dyn Write,
) -> anyhow::Result<()> {
    while wakes.recv().is_ok() {
        // Several wakes for one burst of messages make one save.
        while wakes.try_recv().is_ok() {}
        if channel.has_remote_changes() {
            let merged = channel
                .sync(map)
                .with_context(|| path.display().to_string())?;
            if merged.edit.is_some() {
                save(map, path, &channel.save_state())?;
            }
        }
        for line in channel.take_log() {
            writeln!(err, "{line}")?;
        }
    }
    Ok(())
}

fn save(map: &Map, path: &Path, state: &[u8]) -> anyhow::Result<()> {
    save_file(map, path)?;
    write_atomically(&sidecar::path_for(path), state)?;
    Ok(())
}

fn address(text: &str) -> anyhow::Result<SocketAddr> {
    let mut found = text.to_socket_addrs().map_err(|err| {
        super::Usage(tr_with(
            "cli-live-bad-address",
            &[("text", text.into()), ("problem", err.to_string().into())],
        ))
    })?;
    found.next().ok_or_else(|| {
        super::Usage(tr_with("cli-live-no-address", &[("text", text.into())])).into()
    })
}

/// The session the window joins as it opens (`--join ADDRESS --code
/// CODE`; clap asks for both or neither), checked before the window opens.
pub(super) fn join_at_start(
    address_text: Option<&str>,
    code_text: Option<&str>,
) -> anyhow::Result<Option<crate::ui::JoinAtStart>> {
    let (Some(address_text), Some(code_text)) = (address_text, code_text) else {
        return Ok(None);
    };
    let code = code(code_text)?;
    Ok(Some(
        if crate::live::relay::is_server_address(address_text) {
            crate::ui::JoinAtStart::Server(address_text.to_owned(), code)
        } else {
            crate::ui::JoinAtStart::Room(address(address_text)?, code)
        },
    ))
}

/// Joins the session at `address`, waits until it has everything, writes
/// the map to `output` and leaves. Writes nothing when it cannot join.
pub(super) fn sync(
    address_text: &str,
    code_text: &str,
    output: &Path,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let address = address(address_text)?;
    let code = code(code_text)?;
    let options = SessionOptions {
        name: "powermap sync".to_owned(),
        ..SessionOptions::default()
    };
    let session = Session::join(
        LiveDoc::empty(false)?,
        address,
        code,
        options,
        Arc::new(|| {}),
    )?;
    let mut map = Map::default();
    // The time counts from the last bytes that came: a large map, or a
    // host busy with several laptops joining at once, takes longer, but
    // a host that stopped answering is given up on after the timeout.
    let mut received = session.received_bytes();
    let mut progress_at = Instant::now();
    loop {
        let converged = session.wait_until(PROGRESS_EVERY, |session| {
            session.sync(&mut map).is_ok() && session.in_step() && !session.has_remote_changes()
        });
        if converged {
            break;
        }
        let now = session.received_bytes();
        if now != received {
            received = now;
            progress_at = Instant::now();
        } else if progress_at.elapsed() >= CONVERGE_TIMEOUT {
            bail!(
                "{}",
                tr_with(
                    "cli-live-stalled",
                    &[
                        ("address", address.to_string().into()),
                        ("seconds", CONVERGE_TIMEOUT.as_secs().into()),
                    ],
                )
            );
        }
    }
    session.sync(&mut map)?;
    super::check_fits(&map, output)?;
    save_file(&map, output)?;
    let wrote = tr_with(
        "cli-live-wrote",
        &[
            ("path", output.display().to_string().into()),
            ("counts", super::stakeholders_and_relations(&map).into()),
            ("address", address.to_string().into()),
        ],
    );
    writeln!(out, "{wrote}")?;
    Ok(ExitCode::SUCCESS)
}

/// Puts `path` on the sync server at `address` and keeps it in sync until
/// the process is stopped, saving what comes in as [`serve`] does.
pub(super) fn serve_relay(
    path: &Path,
    code_text: &str,
    address: &str,
    share_confidential: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let code = code(code_text)?;
    let (mut map, doc) = to_serve(path, share_confidential)?;
    let (wake, wakes) = wakes();
    let relay = Relay::host(doc, address, &code, wake)?;
    relay
        .sync(&mut map)
        .with_context(|| path.display().to_string())?;
    save(&map, path, &relay.save_state())?;
    // Said once the server holds the map, so partners can find it.
    if !relay.wait_until(CONVERGE_TIMEOUT, Relay::in_step) {
        bail!(
            "{}",
            tr_with(
                "cli-live-not-taken",
                &[
                    ("address", relay.address().to_owned().into()),
                    ("seconds", CONVERGE_TIMEOUT.as_secs().into()),
                ],
            )
        );
    }
    let started = tr_with(
        "cli-live-relaying",
        &[
            ("title", map.title().into()),
            ("address", relay.address().to_owned().into()),
            ("code", code.display().clone().into()),
        ],
    );
    writeln!(out, "{started}")?;
    out.flush()?;
    keep_saved(&Channel::Server(relay), &mut map, path, &wakes, err)?;
    Ok(ExitCode::SUCCESS)
}

/// Joins the map the sync server at `address` keeps under the code,
/// writes it to `output` and leaves. Writes nothing when the server does
/// not answer or has no such map.
pub(super) fn sync_relay(
    address: &str,
    code_text: &str,
    output: &Path,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let code = code(code_text)?;
    let relay = Relay::join(address, &code, Arc::new(|| {}))?;
    let mut map = Map::default();
    // samod found the document once it synced with the server; what the
    // server holds is then here, and reading it back twice settles it.
    relay.sync(&mut map)?;
    let settled = relay.wait_until(CONVERGE_TIMEOUT, |relay| {
        relay.sync(&mut map).is_ok() && !relay.has_remote_changes()
    });
    if !settled {
        bail!(
            "{}",
            tr_with(
                "cli-live-incomplete",
                &[
                    ("address", address.to_owned().into()),
                    ("seconds", CONVERGE_TIMEOUT.as_secs().into()),
                ],
            )
        );
    }
    super::check_fits(&map, output)?;
    save_file(&map, output)?;
    let wrote = tr_with(
        "cli-live-wrote",
        &[
            ("path", output.display().to_string().into()),
            ("counts", super::stakeholders_and_relations(&map).into()),
            ("address", address.to_owned().into()),
        ],
    );
    writeln!(out, "{wrote}")?;
    // Changes made here (none) would need the server to have them before
    // leaving; a plain read leaves at once.
    drop(relay);
    Ok(ExitCode::SUCCESS)
}
