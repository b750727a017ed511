//! The app in a live session: every frame that the map changed here or a
//! peer sent something, the two are exchanged; the peers' changes come in
//! outside the undo history. Nothing polls: the session's threads wake egui
//! when something arrives.

use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::{Arc, mpsc};

use super::PowermapApp;
use super::dialogs::Dialog;
use crate::i18n::{tr, tr_with};
use crate::live::{
    Channel, JoinCode, LiveDoc, Looking, NetworkCamera, PeerInfo, Relay, Session, SessionOptions,
    ShownView, session::DEFAULT_PORT,
};
use crate::ui::live_dialog::{LiveAnswer, LiveDialog};
use crate::ui::views::View;

/// The least time between two messages telling the others where this
/// laptop looks: a camera that moves every frame is told ten times a
/// second.
const LOOKING_INTERVAL_SECS: f64 = 0.1;

/// A session the window joins as it opens (`powermap --join ADDRESS
/// --code CODE`): a facilitator's projector, or a window a script starts.
#[derive(Debug)]
pub enum JoinAtStart {
    /// A host on the local network.
    Room(SocketAddr, JoinCode),
    /// The map a sync server keeps under the code (ws://HOST:PORT).
    Server(String, JoinCode),
}

/// A live session the open map is in.
pub struct LiveLink {
    pub session: Channel,
    /// The name the others see.
    name: String,
    /// The session announced on the network, while hosting; withdrawn
    /// when the link is dropped.
    announcement: Option<crate::live::discover::Announcement>,
    /// The document generation last exchanged.
    synced: Option<u64>,
    /// Where others reach this laptop (a host reads them out).
    pub addresses: Vec<String>,
    /// When (egui's clock) the others were last told where this laptop looks.
    told_looking_at: Option<f64>,
    /// The person whose view this window shows, if any.
    following: Option<Following>,
}

/// A host or sync server being connected to, on a thread of its own so
/// that the window goes on drawing (a host that does not answer takes
/// seconds to give up).
pub struct Joining {
    address: String,
    /// What the dialog says meanwhile.
    waiting: String,
    /// Whether the session's map takes the open map's place (joining)
    /// or the open map goes to it (putting it on a server, hosting).
    replaces_map: bool,
    /// Hosting: the map's name, announced on the network once listening.
    announce: Option<String>,
    answer: mpsc::Receiver<Result<Channel, String>>,
}

/// Whose view this window follows, and what of it was last shown.
struct Following {
    id: u64,
    name: String,
    /// Their view as last put on this window.
    shown: Option<Looking>,
    /// What the frame started with, to tell this user's own gestures
    /// (which end following) from what following did.
    camera_before: Option<crate::ui::canvas::Camera>,
    selection_before: Option<crate::ui::selection::Selection>,
    view_before: Option<View>,
}

impl LiveLink {
    fn new(session: Channel, name: String) -> Self {
        Self {
            session,
            name,
            announcement: None,
            synced: None,
            addresses: local_addresses(),
            told_looking_at: None,
            following: None,
        }
    }

    /// The name of the person this window follows.
    pub fn following(&self) -> Option<(u64, &str)> {
        self.following.as_ref().map(|f| (f.id, f.name.as_str()))
    }

    /// What the status bar tells of the session.
    pub fn status(&self) -> crate::ui::status_bar::LiveStatus {
        crate::ui::status_bar::LiveStatus {
            following: self.following().map(|(_, name)| name.to_owned()),
            people: self.session.peers().len(),
        }
    }

    /// Everyone else in the session and what they have selected.
    pub fn others(&self) -> Vec<PeerInfo> {
        self.session
            .peers()
            .into_iter()
            .filter(|peer| !self.session.is_me(peer))
            .collect()
    }
}

/// This laptop's addresses on the local network, best first; loopback
/// when there is no network.
fn local_addresses() -> Vec<String> {
    // Connecting a UDP socket sends nothing; it only picks the interface
    // the route to a LAN address would take.
    let routed = UdpSocket::bind(("0.0.0.0", 0))
        .and_then(|socket| {
            socket.connect(("192.168.255.255", 9))?;
            socket.local_addr()
        })
        .ok()
        .map(|address| address.ip())
        .filter(|ip| !ip.is_unspecified());
    match routed {
        Some(ip) => vec![ip.to_string()],
        None => vec![IpAddr::from([127, 0, 0, 1]).to_string()],
    }
}

impl PowermapApp {
    /// Joins `join` as the dialog's Join does, under this laptop's name;
    /// what goes wrong is said as the dialog's problems are.
    pub fn join_at_start(&mut self, ctx: &egui::Context, join: JoinAtStart) {
        let name = self.live_name();
        let answer = match join {
            JoinAtStart::Room(address, code) => LiveAnswer::Join {
                address,
                code,
                name,
            },
            JoinAtStart::Server(address, code) => LiveAnswer::Server {
                address,
                code: Some(code),
                name,
            },
        };
        self.run_live(ctx, answer);
    }

    pub(super) fn open_live_dialog(&mut self) {
        let mut dialog = LiveDialog::new(self.live_name(), self.settings.live_server.clone());
        dialog.set_waiting(self.live_joining.as_ref().map(|j| j.waiting.clone()));
        self.dialogs.open(Dialog::Live(dialog));
    }

    /// Connects on a thread of its own; [`Self::live_step`] takes the
    /// answer when it comes, and the dialog shows the wait meanwhile.
    fn start_joining(
        &mut self,
        ctx: &egui::Context,
        address: String,
        replaces_map: bool,
        connect: impl FnOnce() -> Result<Channel, String> + Send + 'static,
    ) -> Result<(), String> {
        let waiting = tr_with("live-connecting", &[("address", address.clone().into())]);
        self.start_waiting(
            ctx,
            Joining {
                address,
                waiting,
                replaces_map,
                announce: None,
                answer: mpsc::channel().1,
            },
            connect,
        )
    }

    /// Runs `connect` on a thread of its own, `joining` saying what for;
    /// [`Self::poll_joining`] takes the answer.
    fn start_waiting(
        &mut self,
        ctx: &egui::Context,
        mut joining: Joining,
        connect: impl FnOnce() -> Result<Channel, String> + Send + 'static,
    ) -> Result<(), String> {
        let (answer, receiver) = mpsc::channel();
        let wake = Self::wake(ctx);
        std::thread::Builder::new()
            .name("live-connect".to_owned())
            .spawn(crate::i18n::speaking(move || {
                // Cancelled meanwhile: the session or relay is dropped here.
                let _ = answer.send(connect());
                wake();
            }))
            .map_err(|err| err.to_string())?;
        if let Some(dialog) = self.dialogs.live_mut() {
            dialog.set_waiting(Some(joining.waiting.clone()));
        }
        joining.answer = receiver;
        self.live_joining = Some(joining);
        Ok(())
    }

    /// Takes the answer of the host or server being connected to, once
    /// it came: the session starts, or the dialog says why not.
    fn poll_joining(&mut self) {
        let Some(joining) = &self.live_joining else {
            return;
        };
        let result = match joining.answer.try_recv() {
            Ok(result) => result,
            Err(mpsc::TryRecvError::Empty) => return,
            // The thread ended without an answer: it cannot have connected.
            Err(mpsc::TryRecvError::Disconnected) => Err(tr_with(
                "live-no-answer",
                &[
                    ("address", joining.address.clone().into()),
                    ("problem", tr("live-closed").into()),
                ],
            )),
        };
        let Some(joining) = self.live_joining.take() else {
            return;
        };
        if let Some(dialog) = self.dialogs.live_mut() {
            dialog.set_waiting(None);
        }
        let result = result.and_then(|channel| {
            if joining.replaces_map {
                // The dialog kept the map from being edited meanwhile,
                // but a map changed since the click is not replaced.
                if self.session.doc().is_modified() {
                    return Err(tr("live-join-unsaved"));
                }
                // The session's map arrives with the first exchange, into a new map.
                self.session.replace(crate::ui::document::Document::unsaved(
                    crate::model::Map::default(),
                ));
                self.selection.clear();
            }
            Ok(channel)
        });
        match result {
            Ok(channel) => {
                self.live_browser = None;
                let mut link = LiveLink::new(channel, self.live_name());
                if let (Some(title), Channel::Room(session)) = (&joining.announce, &link.session) {
                    // Without multicast on this network, others type the address.
                    link.announcement = crate::live::discover::Announcement::start(
                        title,
                        session.name(),
                        session.address().port(),
                    )
                    .ok();
                }
                self.live = Some(link);
            }
            Err(problem) => match self.dialogs.live_mut() {
                Some(dialog) => dialog.set_problem(problem),
                None => self.notify_problem(problem),
            },
        }
    }

    fn live_name(&self) -> String {
        let name = self.settings.live_name.trim();
        if name.is_empty() {
            std::env::var("USER")
                .ok()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| tr("live-someone"))
        } else {
            name.to_owned()
        }
    }

    pub(super) fn run_live(&mut self, ctx: &egui::Context, answer: LiveAnswer) {
        let result = match answer {
            LiveAnswer::Host {
                name,
                share_confidential,
            } => self.host_live(ctx, name, share_confidential),
            LiveAnswer::Join {
                address,
                code,
                name,
            } => self.join_live(ctx, address, code, name),
            LiveAnswer::Server {
                address,
                code,
                name,
            } => {
                self.settings.live_name = name;
                self.settings.live_server.clone_from(&address);
                self.server_live(ctx, &address, code)
            }
            LiveAnswer::Cancel => {
                self.live_joining = None;
                if let Some(dialog) = self.dialogs.live_mut() {
                    dialog.set_waiting(None);
                }
                Ok(())
            }
            LiveAnswer::Remove(id) => {
                if let Some(link) = &self.live {
                    link.session.remove_peer(id);
                }
                Ok(())
            }
            LiveAnswer::Follow(id) => {
                self.follow(id);
                Ok(())
            }
            LiveAnswer::StopFollowing => {
                self.stop_following();
                Ok(())
            }
            LiveAnswer::Leave => {
                if let Some(link) = self.live.take() {
                    let words = if link.session.is_host() {
                        tr("live-ended")
                    } else {
                        tr("live-left")
                    };
                    drop(link);
                    self.notify(words);
                }
                Ok(())
            }
            LiveAnswer::Close => Ok(()),
        };
        if let Err(problem) = result {
            match self.dialogs.live_mut() {
                Some(dialog) => dialog.set_problem(problem),
                None => self.notify_problem(problem),
            }
        }
    }

    fn wake(ctx: &egui::Context) -> crate::live::Wake {
        let ctx = ctx.clone();
        Arc::new(move || ctx.request_repaint())
    }

    fn host_live(
        &mut self,
        ctx: &egui::Context,
        name: String,
        share_confidential: bool,
    ) -> Result<(), String> {
        self.settings.live_name.clone_from(&name);
        let code = JoinCode::generate().map_err(|err| err.to_string())?;
        let doc = self.session.doc();
        // Building the session's document of a large map takes a while
        // (about 2 s at 5,000 stakeholders): on a thread, the dialog
        // saying so, as a join's wait. The dialog keeps the map from
        // being edited meanwhile; the first exchange records any change.
        let map = doc.map().clone();
        let options = SessionOptions {
            name,
            share_confidential,
            ..SessionOptions::default()
        };
        let wake = Self::wake(ctx);
        let joining = Joining {
            address: format!("0.0.0.0:{DEFAULT_PORT}"),
            waiting: tr("live-starting"),
            replaces_map: false,
            announce: Some(doc.display_name()),
            answer: mpsc::channel().1,
        };
        self.start_waiting(ctx, joining, move || {
            let live_doc =
                LiveDoc::from_map(&map, share_confidential).map_err(|err| err.to_string())?;
            // The usual port, or another when it is taken (another session
            // on this laptop).
            Session::host_preferring(live_doc, code, DEFAULT_PORT, options, wake)
                .map(Channel::Room)
                .map_err(|err| err.to_string())
        })
    }

    fn join_live(
        &mut self,
        ctx: &egui::Context,
        address: SocketAddr,
        code: JoinCode,
        name: String,
    ) -> Result<(), String> {
        if self.session.doc().is_modified() {
            return Err(tr("live-join-unsaved"));
        }
        self.settings.live_name.clone_from(&name);
        let options = SessionOptions {
            name,
            ..SessionOptions::default()
        };
        let live_doc = LiveDoc::empty(false).map_err(|err| err.to_string())?;
        let wake = Self::wake(ctx);
        self.start_joining(ctx, address.to_string(), true, move || {
            Session::join(live_doc, address, code, options, wake)
                .map(Channel::Room)
                .map_err(|err| err.to_string())
        })
    }

    /// Puts the open map on a sync server under a new code (`code` is
    /// `None`) or joins the map the server keeps under `code`.
    fn server_live(
        &mut self,
        ctx: &egui::Context,
        address: &str,
        code: Option<JoinCode>,
    ) -> Result<(), String> {
        let wake = Self::wake(ctx);
        let at = address.to_owned();
        match code {
            None => {
                let code = JoinCode::generate().map_err(|err| err.to_string())?;
                let live_doc = LiveDoc::from_map(&crate::model::Map::default(), false)
                    .map_err(|err| err.to_string())?;
                self.start_joining(ctx, address.to_owned(), false, move || {
                    Relay::host(live_doc, &at, &code, wake)
                        .map(Channel::Server)
                        .map_err(|err| err.to_string())
                })
            }
            Some(code) => {
                if self.session.doc().is_modified() {
                    return Err(tr("live-join-unsaved"));
                }
                self.start_joining(ctx, address.to_owned(), true, move || {
                    Relay::join(&at, &code, wake)
                        .map(Channel::Server)
                        .map_err(|err| err.to_string())
                })
            }
        }
    }

    /// Exchanges changes with the session when there is something to
    /// exchange; says what the peers sent that could not go in.
    pub(super) fn live_step(&mut self, ctx: &egui::Context) {
        self.poll_joining();
        // Listen for sessions on the network only while the dialog could show them.
        let listening =
            self.live.is_none() && self.live_joining.is_none() && self.dialogs.live_mut().is_some();
        if !listening {
            self.live_browser = None;
        } else if self.live_browser.is_none() {
            self.live_browser = crate::live::discover::Browser::start(Self::wake(ctx)).ok();
        }
        let Some(link) = &mut self.live else {
            return;
        };
        let generation = self.session.doc().generation();
        let mut problems = Vec::new();
        if link.synced != Some(generation) || link.session.has_remote_changes() {
            if let Err(err) = self.session.take_in_live(&link.session) {
                problems.push(err.to_string());
            }
            link.synced = Some(self.session.doc().generation());
        }
        if let Some(gone) = self.show_followed() {
            self.notify(tr_with("live-follow-gone", &[("name", gone.into())]));
        }
        self.tell_presence(ctx);
        let Some(link) = &mut self.live else {
            return;
        };
        problems.extend(link.session.take_log());
        if let Some(last) = problems.pop() {
            let more = problems.len();
            let text = if more == 0 {
                tr_with("live-problem", &[("problem", last.into())])
            } else {
                tr_with(
                    "live-problems",
                    &[("problem", last.into()), ("more", more.into())],
                )
            };
            self.notify_problem(text);
        }
    }
}

/// Draws a ring in each peer's colour, with their initials, around what
/// they have selected on the network; several peers on one stakeholder
/// get rings one outside the other.
pub(super) fn rings_ui(
    ui: &egui::Ui,
    canvas: &crate::ui::canvas::Canvas,
    map: &crate::model::Map,
    others: &[PeerInfo],
) {
    use crate::ui::live_dialog::{initials, peer_colour};
    let painter = ui.painter().with_clip_rect(canvas.rect());
    let zoom = canvas.zoom();
    let mut rings_on: std::collections::HashMap<&str, f32> = std::collections::HashMap::new();
    for peer in others {
        let colour = peer_colour(peer.id);
        let letters = initials(&peer.name);
        for id in &peer.selection {
            let stakeholder_id = crate::model::StakeholderId::new(id.as_str());
            let (Some(stakeholder), Some(centre)) = (
                map.stakeholder(&stakeholder_id),
                canvas.screen_position(map, &stakeholder_id),
            ) else {
                continue;
            };
            let outside = rings_on.entry(id.as_str()).or_insert(0.0);
            let radius = crate::ui::theme::glyph_radius(stakeholder.power) * zoom + 6.0 + *outside;
            *outside += 6.0;
            // Dashed, so a ring reads as someone else's, not as this
            // laptop's selection, without relying on its colour.
            let ring: Vec<egui::Pos2> = (0..=48)
                .map(|step| {
                    let angle = std::f32::consts::TAU * step as f32 / 48.0;
                    centre + radius * egui::vec2(angle.cos(), angle.sin())
                })
                .collect();
            painter.extend(egui::Shape::dashed_line(
                &ring,
                egui::Stroke::new(3.0, colour),
                6.0,
                4.0,
            ));
            let badge = centre + radius * egui::vec2(0.71, -0.71);
            painter.circle_filled(badge, 10.0, colour);
            painter.text(
                badge,
                egui::Align2::CENTER_CENTER,
                letters.as_str(),
                egui::FontId::proportional(10.0),
                egui::Color32::WHITE,
            );
        }
    }
}

impl PowermapApp {
    /// What this window looks at, as the others are told.
    fn looking_now(&self) -> Looking {
        let view = match self.lens.view {
            View::Network => ShownView::Network,
            View::Grid => ShownView::Grid,
            View::Spectrum => ShownView::Spectrum,
            View::Table => ShownView::Table,
        };
        // The network view's camera once it has been drawn; kept while
        // another view is in front.
        let camera = self.canvas.scene_camera().map(|scene| NetworkCamera {
            centre: [scene.center.x, scene.center.y],
            zoom: scene.zoom,
        });
        Looking { view, camera }
    }

    /// Tells the others what this laptop has selected (at once) and where
    /// it looks (at most ten times a second; the last place is told once
    /// the interval is over, and nothing at all while nothing moves).
    fn tell_presence(&mut self, ctx: &egui::Context) {
        let looking = self.looking_now();
        let Some(link) = &mut self.live else {
            return;
        };
        let selected: Vec<String> = self
            .selection
            .stakeholders
            .iter()
            .map(|id| id.as_str().to_owned())
            .collect();
        let now = ctx.input(|i| i.time);
        let told = link.session.looking();
        let moved = told.is_none_or(|told| !told.same_as(&looking));
        let since = link.told_looking_at.map(|at| now - at);
        let looking = if moved && since.is_none_or(|since| since >= LOOKING_INTERVAL_SECS) {
            link.told_looking_at = Some(now);
            Some(looking)
        } else {
            if moved && let Some(since) = since {
                ctx.request_repaint_after_secs((LOOKING_INTERVAL_SECS - since) as f32);
            }
            told
        };
        link.session.set_presence(&link.name, &selected, looking);
    }

    /// Starts following the person numbered `id` in the session.
    fn follow(&mut self, id: u64) {
        let Some(link) = &mut self.live else {
            return;
        };
        let Some(peer) = link.others().into_iter().find(|peer| peer.id == id) else {
            return;
        };
        link.following = Some(Following {
            id,
            name: peer.name,
            shown: None,
            camera_before: None,
            selection_before: None,
            view_before: None,
        });
    }

    /// Stops following; returns whether this window was following.
    pub(super) fn stop_following(&mut self) -> bool {
        self.live
            .as_mut()
            .and_then(|link| link.following.take())
            .is_some()
    }

    /// Puts the followed person's view and camera on this window, when
    /// they changed; returns their name if they left the session.
    fn show_followed(&mut self) -> Option<String> {
        let link = self.live.as_mut()?;
        let following = link.following.as_mut()?;
        let Some(peer) = link
            .session
            .peers()
            .into_iter()
            .find(|peer| peer.id == following.id && !link.session.is_me(peer))
        else {
            return link.following.take().map(|f| f.name);
        };
        if let Some(looking) = peer.view
            && following.shown.is_none_or(|shown| !shown.same_as(&looking))
        {
            self.lens.view = match looking.view {
                ShownView::Network => View::Network,
                ShownView::Grid => View::Grid,
                ShownView::Spectrum => View::Spectrum,
                ShownView::Table => View::Table,
            };
            if let Some(camera) = looking.camera {
                self.canvas
                    .look_at(egui::pos2(camera.centre[0], camera.centre[1]), camera.zoom);
            }
            following.shown = Some(looking);
            // The camera moves this frame: not the user's doing.
            following.camera_before = None;
        } else {
            following.camera_before = Some(self.canvas.camera());
        }
        following.selection_before = Some(self.selection.clone());
        following.view_before = Some(self.lens.view);
        None
    }

    /// After a frame that began following: any pan, zoom, selection or
    /// view change of the user's own, or a click, ends following.
    pub(super) fn end_following_on_own_gesture(&mut self, ctx: &egui::Context) {
        let Some(following) = self.live.as_ref().and_then(|link| link.following.as_ref()) else {
            return;
        };
        let (Some(selection), Some(view)) = (&following.selection_before, following.view_before)
        else {
            return;
        };
        let camera_moved = following
            .camera_before
            .is_some_and(|before| before != self.canvas.camera());
        let own = camera_moved
            || *selection != self.selection
            || view != self.lens.view
            // A click, not a press: the banner going moves what is under
            // the pointer, and the click must land where it was aimed.
            || ctx.input(|i| i.pointer.any_click());
        if own {
            self.stop_following();
        }
    }
}

// What tests and tools read of a live session.
impl PowermapApp {
    /// The names of the others in the session who have `id` selected:
    /// whose rings the network draws around it.
    pub fn live_peers_selecting(&self, id: &crate::model::StakeholderId) -> Vec<String> {
        self.live.as_ref().map_or_else(Vec::new, |link| {
            link.others()
                .into_iter()
                .filter(|peer| peer.selection.iter().any(|s| s == id.as_str()))
                .map(|peer| peer.name)
                .collect()
        })
    }

    /// The name of the person whose view this window follows.
    pub fn live_following(&self) -> Option<&str> {
        self.live
            .as_ref()
            .and_then(LiveLink::following)
            .map(|(_, name)| name)
    }
}

/// The banner across the window while it follows someone: whose view it
/// shows, in words and with their badge, and how to stop.
pub(super) fn following_banner_ui(
    ui: &mut egui::Ui,
    id: u64,
    name: &str,
    commands: &mut Vec<crate::ui::command::Command>,
) {
    ui.horizontal(|ui| {
        let peer = PeerInfo {
            id,
            name: name.to_owned(),
            selection: Vec::new(),
            view: None,
        };
        crate::ui::live_dialog::peer_badge(ui, &peer);
        ui.label(
            egui::RichText::new(tr_with(
                "live-following",
                &[("name", name.to_owned().into())],
            ))
            .strong()
            .size(16.0),
        );
        if ui.button(tr("live-stop-following")).clicked() {
            commands.push(crate::ui::command::Command::Live(LiveAnswer::StopFollowing));
        }
    });
}
