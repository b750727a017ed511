//! "Live session…": host the open map for the laptops in the room, join
//! one, or share it through a coalition's sync server; while a session is
//! on, its join code, its address and who is in it.

use std::net::{SocketAddr, ToSocketAddrs};

use egui::{Id, RichText};

use crate::i18n::{tr, tr_with};
use crate::live::{Channel, JoinCode, PeerInfo, Relay, Session, session::DEFAULT_PORT};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Host,
    Join,
    Server,
}

/// The dialog's fields, kept while it is open.
pub struct LiveDialog {
    tab: Tab,
    name: String,
    share_confidential: bool,
    address: String,
    code: String,
    server: String,
    problem: Option<String>,
    /// What the app waits for, in words, while it connects or starts.
    connecting: Option<String>,
}

/// What the user decided.
#[derive(Debug)]
pub enum LiveAnswer {
    Host {
        name: String,
        share_confidential: bool,
    },
    Join {
        address: SocketAddr,
        code: JoinCode,
        name: String,
    },
    /// Through the sync server at `address`: put the open map on it under
    /// a new code (`None`), or join the map it keeps under `code`.
    Server {
        address: String,
        code: Option<JoinCode>,
        name: String,
    },
    /// Stop waiting for the host or server being connected to.
    Cancel,
    /// The host takes this peer out of the session.
    Remove(u64),
    /// This window shows what this peer looks at, as they move.
    Follow(u64),
    StopFollowing,
    Leave,
    Close,
}

/// What the dialog shows of the session on now.
pub struct LiveShown<'a> {
    pub session: Option<&'a Channel>,
    /// Where others reach this laptop, for a host to read out.
    pub addresses: &'a [String],
    /// Joining replaces the open map, which has changes not saved.
    pub unsaved: bool,
    /// Sessions heard on the local network.
    pub found: &'a [crate::live::discover::Found],
}

impl LiveDialog {
    /// The dialog with the user's name and the sync server they used last.
    pub fn new(name: String, server: String) -> Self {
        Self {
            tab: Tab::Host,
            name,
            share_confidential: false,
            address: String::new(),
            code: String::new(),
            server,
            problem: None,
            connecting: None,
        }
    }

    /// Shows what the app waits for, in words ("Connecting to …",
    /// "Starting the session…"; `None`: done).
    pub fn set_waiting(&mut self, waiting: Option<String>) {
        self.connecting = waiting;
    }

    /// Shows why starting or joining failed, in the dialog.
    pub fn set_problem(&mut self, problem: String) {
        self.problem = Some(problem);
    }

    pub fn ui(&mut self, ctx: &egui::Context, shown: &LiveShown<'_>) -> Option<LiveAnswer> {
        let mut answer = None;
        egui::Modal::new(Id::new("live-session")).show(ctx, |ui| {
            ui.set_width(500.0);
            ui.heading(tr("live-title"));
            match shown.session {
                Some(Channel::Room(session)) => answer = on_ui(ui, session, shown.addresses),
                Some(Channel::Server(relay)) => answer = server_on_ui(ui, relay),
                None => answer = self.start_ui(ui, shown.unsaved, shown.found),
            }
            // While connecting, Escape is the Cancel button: closing the
            // dialog would leave the connection going behind the user's back.
            if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                answer = Some(if self.connecting.is_some() {
                    LiveAnswer::Cancel
                } else {
                    LiveAnswer::Close
                });
            }
        });
        answer
    }

    fn start_ui(
        &mut self,
        ui: &mut egui::Ui,
        unsaved: bool,
        found: &[crate::live::discover::Found],
    ) -> Option<LiveAnswer> {
        if let Some(waiting) = &self.connecting {
            return connecting_ui(ui, waiting);
        }
        ui.label(tr("live-intro"));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.tab, Tab::Host, tr("live-tab-host"));
            ui.selectable_value(&mut self.tab, Tab::Join, tr("live-tab-join"));
            ui.selectable_value(&mut self.tab, Tab::Server, tr("live-tab-server"));
        });
        ui.separator();
        ui.horizontal(|ui| {
            let label = ui.label(tr("live-your-name"));
            ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(240.0))
                .labelled_by(label.id);
        });
        let mut answer = None;
        if self.tab != Tab::Server {
            // Through a sync server it does leave: that tab says who can read it.
            ui.label(tr("live-local-only"));
        }
        match self.tab {
            Tab::Host => {
                ui.checkbox(&mut self.share_confidential, tr("live-share-confidential"));
                ui.add_space(6.0);
                if ui.button(tr("live-start")).clicked() {
                    answer = Some(LiveAnswer::Host {
                        name: self.name.clone(),
                        share_confidential: self.share_confidential,
                    });
                }
            }
            Tab::Join => {
                if found.is_empty() {
                    ui.weak(tr("live-none-found"));
                } else {
                    ui.label(tr("live-found"));
                    for session in found {
                        let words = tr_with(
                            "live-found-session",
                            &[
                                ("title", session.title.clone().into()),
                                ("host", session.host.clone().into()),
                            ],
                        );
                        if ui.selectable_label(false, words).clicked() {
                            self.address = session.address.to_string();
                        }
                    }
                }
                ui.add_space(4.0);
                address_and_code(
                    ui,
                    "live-join",
                    (&tr("live-address"), "192.168.1.20:7878"),
                    &mut self.address,
                    &mut self.code,
                );
                if unsaved {
                    ui.label(RichText::new(tr("live-join-unsaved")).strong());
                }
                ui.add_space(6.0);
                if ui
                    .add_enabled(!unsaved, egui::Button::new(tr("live-join")))
                    .clicked()
                {
                    answer = self.join_answer();
                }
            }
            Tab::Server => answer = self.server_ui(ui, unsaved),
        }
        if let Some(problem) = &self.problem {
            ui.add_space(4.0);
            ui.label(RichText::new(format!("⚠ {problem}")).strong());
        }
        ui.add_space(6.0);
        if ui.button(tr("live-close")).clicked() {
            answer = Some(LiveAnswer::Close);
        }
        answer
    }

    /// A sync server's address and, to join, the map's code.
    fn server_ui(&mut self, ui: &mut egui::Ui, unsaved: bool) -> Option<LiveAnswer> {
        ui.label(tr("live-server-intro"));
        ui.add_space(4.0);
        address_and_code(
            ui,
            "live-server",
            (&tr("live-server-address"), &tr("live-server-hint")),
            &mut self.server,
            &mut self.code,
        );
        if unsaved {
            ui.label(RichText::new(tr("live-join-unsaved")).strong());
        }
        ui.add_space(6.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            if ui.button(tr("live-server-put")).clicked() {
                answer = self.server_answer(None);
            }
            if ui
                .add_enabled(!unsaved, egui::Button::new(tr("live-join")))
                .clicked()
            {
                answer = match JoinCode::parse(&self.code) {
                    Ok(code) => self.server_answer(Some(code)),
                    Err(err) => {
                        self.problem = Some(err.to_string());
                        None
                    }
                };
            }
        });
        answer
    }

    fn server_answer(&mut self, code: Option<JoinCode>) -> Option<LiveAnswer> {
        let address = self.server.trim().to_owned();
        if !crate::live::relay::is_server_address(&address) {
            self.problem = Some(tr_with(
                "live-relay-bad-address",
                &[("address", address.into())],
            ));
            return None;
        }
        self.problem = None;
        Some(LiveAnswer::Server {
            address,
            code,
            name: self.name.clone(),
        })
    }

    fn join_answer(&mut self) -> Option<LiveAnswer> {
        let code = match JoinCode::parse(&self.code) {
            Ok(code) => code,
            Err(err) => {
                self.problem = Some(err.to_string());
                return None;
            }
        };
        let Some(address) = parse_address(&self.address) else {
            self.problem = Some(tr_with(
                "live-bad-address",
                &[("address", self.address.trim().to_owned().into())],
            ));
            return None;
        };
        self.problem = None;
        Some(LiveAnswer::Join {
            address,
            code,
            name: self.name.clone(),
        })
    }
}

/// An address as typed: "host:port", or a host alone on the usual port.
fn parse_address(text: &str) -> Option<SocketAddr> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // "host:port" and "[v6]:port" end in a port; anything else gets the usual one.
    let has_port = text
        .rsplit_once(':')
        .is_some_and(|(_, port)| port.parse::<u16>().is_ok());
    let with_port = if has_port {
        text.to_owned()
    } else {
        format!("{text}:{DEFAULT_PORT}")
    };
    with_port.to_socket_addrs().ok()?.next()
}

/// While the app waits for a host or a server to answer, or builds the
/// session of a large map: what it waits for, and a way out. The window
/// goes on drawing meanwhile.
fn connecting_ui(ui: &mut egui::Ui, waiting: &str) -> Option<LiveAnswer> {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(RichText::new(waiting).strong());
    });
    ui.add_space(8.0);
    ui.button(tr("live-cancel"))
        .clicked()
        .then_some(LiveAnswer::Cancel)
}

/// A session through a sync server: where, and the code partners type.
fn server_on_ui(ui: &mut egui::Ui, relay: &Relay) -> Option<LiveAnswer> {
    ui.label(tr_with(
        "live-server-on",
        &[("address", relay.address().to_owned().into())],
    ));
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(tr("live-code"));
        ui.label(
            RichText::new(relay.code().display())
                .monospace()
                .size(28.0)
                .strong(),
        );
    });
    ui.add_space(6.0);
    let mut answer = people_ui(ui, &relay.peers(), |peer| relay.is_me(peer), false);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(tr("live-leave")).clicked() {
            answer = Some(LiveAnswer::Leave);
        }
        if ui.button(tr("live-close")).clicked() {
            answer = Some(LiveAnswer::Close);
        }
    });
    answer
}

/// The session on now: the code to read out, where to reach it, who is in.
fn on_ui(ui: &mut egui::Ui, session: &Session, addresses: &[String]) -> Option<LiveAnswer> {
    let mut answer = None;
    if session.is_host() {
        ui.label(tr("live-hosting"));
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(tr("live-code"));
            ui.label(
                RichText::new(session.code().display())
                    .monospace()
                    .size(28.0)
                    .strong(),
            );
        });
        let port = session.address().port();
        for address in addresses {
            ui.horizontal(|ui| {
                ui.label(tr("live-address"));
                ui.label(
                    RichText::new(format!("{address}:{port}"))
                        .monospace()
                        .size(18.0),
                );
            });
        }
    } else {
        ui.label(tr_with(
            "live-joined",
            &[("address", session.address().to_string().into())],
        ));
    }
    ui.add_space(6.0);
    if let Some(chosen) = people_ui(
        ui,
        &session.peers(),
        |peer| session.is_me(peer),
        session.is_host(),
    ) {
        answer = Some(chosen);
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let leave = if session.is_host() {
            tr("live-end")
        } else {
            tr("live-leave")
        };
        if ui.button(leave).clicked() {
            answer = Some(LiveAnswer::Leave);
        }
        if ui.button(tr("live-close")).clicked() {
            answer = Some(LiveAnswer::Close);
        }
    });
    answer
}

/// Who is in the session, each with Follow, and Remove for the host.
fn people_ui(
    ui: &mut egui::Ui,
    peers: &[PeerInfo],
    is_me: impl Fn(&PeerInfo) -> bool,
    hosting: bool,
) -> Option<LiveAnswer> {
    let mut answer = None;
    ui.label(RichText::new(tr_with("live-people", &[("count", peers.len().into())])).strong());
    for peer in peers {
        ui.horizontal(|ui| {
            peer_badge(ui, peer);
            ui.label(&peer.name);
            if !peer.selection.is_empty() {
                ui.weak(tr_with(
                    "live-peer-selected",
                    &[("count", peer.selection.len().into())],
                ));
            }
            if !is_me(peer) {
                // Laptops of versions before following say nothing of their view.
                let follow = ui
                    .add_enabled(
                        peer.view.is_some(),
                        egui::Button::new(tr("live-follow")).small(),
                    )
                    .on_hover_text(tr("live-follow-hint"))
                    .on_disabled_hover_text(tr("live-follow-no-view"));
                if follow.clicked() {
                    answer = Some(LiveAnswer::Follow(peer.id));
                }
            }
            if hosting
                && peer.id != 0
                && ui
                    .small_button(tr("live-remove"))
                    .on_hover_text(tr("live-remove-hint"))
                    .clicked()
            {
                answer = Some(LiveAnswer::Remove(peer.id));
            }
        });
    }
    answer
}

/// A peer's initials in its colour, as its rings on the map show them.
pub fn peer_badge(ui: &mut egui::Ui, peer: &PeerInfo) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(28.0, 28.0), egui::Sense::hover());
    let colour = peer_colour(peer.id);
    ui.painter().circle_filled(rect.center(), 13.0, colour);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        initials(&peer.name),
        egui::FontId::proportional(12.0),
        egui::Color32::WHITE,
    );
}

/// Up to two letters of a name: "Zoé Ngana" → "ZN", "محمد" → "م". Words
/// that do not start with a letter or digit ("(server)", "—") are passed
/// over, so a ring never shows a bracket.
pub fn initials(name: &str) -> String {
    let mut letters = name
        .split_whitespace()
        .filter_map(|word| word.chars().next().filter(|c| c.is_alphanumeric()));
    let first = letters.next();
    let last = letters.next_back();
    first
        .into_iter()
        .chain(last)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A colour per peer, dark enough for white letters and apart from the
/// stance colours' order.
pub fn peer_colour(id: u64) -> egui::Color32 {
    const COLOURS: [egui::Color32; 6] = [
        egui::Color32::from_rgb(0x6a, 0x3d, 0x9a),
        egui::Color32::from_rgb(0xb1, 0x59, 0x28),
        egui::Color32::from_rgb(0x1f, 0x78, 0xb4),
        egui::Color32::from_rgb(0x33, 0x6b, 0x2e),
        egui::Color32::from_rgb(0x8e, 0x1c, 0x4f),
        egui::Color32::from_rgb(0x4d, 0x4d, 0x4d),
    ];
    COLOURS[(id % COLOURS.len() as u64) as usize]
}

/// Two labelled fields: where to join (named and hinted by `where_`) and
/// the join code.
fn address_and_code(
    ui: &mut egui::Ui,
    id: &str,
    where_: (&str, &str),
    address: &mut String,
    code: &mut String,
) {
    egui::Grid::new(id).num_columns(2).show(ui, |ui| {
        let (name, hint) = where_;
        for (field, (name, hint, text)) in [
            (name, hint, address),
            (&*tr("live-code"), "K7QM-4PXR-2HTW", code),
        ]
        .into_iter()
        .enumerate()
        {
            let label = ui.label(name);
            // An id of its own: the sessions heard on the network are
            // listed above, and one heard while the address is typed
            // would otherwise change the field's id, and the keys typed
            // after it would be lost.
            ui.add(
                egui::TextEdit::singleline(text)
                    .id(Id::new((id, field)))
                    .hint_text(hint)
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_come_from_the_first_and_last_words_in_any_script() {
        assert_eq!(initials("Zoé Ngana"), "ZN");
        assert_eq!(initials("élodie"), "É");
        assert_eq!(initials("محمد علي"), "مع");
        assert_eq!(initials("李 伟"), "李伟");
        assert_eq!(initials("  "), "");
        assert_eq!(initials("Bangui (server)"), "B");
        assert_eq!(initials("Zoé — facilitatrice"), "ZF");
        assert_eq!(initials("(—)"), "");
    }

    /// A session heard on the network while one types the address adds
    /// its line above the field: the keys typed after it still go in.
    #[test]
    fn typing_goes_on_in_the_address_field_when_a_session_is_heard_meanwhile() {
        use egui::accesskit::Role;
        use egui_kittest::kittest::Queryable as _;
        let found = std::cell::RefCell::new(Vec::<crate::live::discover::Found>::new());
        let mut dialog = LiveDialog::new("Zoé Ngana".to_owned(), String::new());
        dialog.tab = Tab::Join;
        let mut harness = egui_kittest::Harness::new_ui_state(
            |ui, dialog: &mut LiveDialog| {
                let found = found.borrow();
                let shown = LiveShown {
                    session: None,
                    addresses: &[],
                    unsaved: false,
                    found: &found,
                };
                dialog.ui(ui.ctx(), &shown);
            },
            dialog,
        );
        harness.run();
        harness
            .get_by(|n| n.role() == Role::TextInput && n.label().as_deref() == Some("Address"))
            .click();
        harness.run();
        let type_text = |harness: &mut egui_kittest::Harness<'_, LiveDialog>, text: &str| {
            for c in text.chars() {
                harness.event(egui::Event::Text(c.to_string()));
            }
            harness.step();
        };
        type_text(&mut harness, "192.0");
        found.borrow_mut().push(crate::live::discover::Found {
            title: "Église évangélique de Bangui".to_owned(),
            host: "منتدى وكالات الإغاثة".to_owned(),
            address: SocketAddr::from(([192, 0, 2, 9], DEFAULT_PORT)),
        });
        harness.step();
        type_text(&mut harness, ".2.2:7878");
        harness.run();
        assert_eq!(harness.state().address, "192.0.2.2:7878");
    }

    #[test]
    fn an_address_without_a_port_gets_the_usual_one() {
        assert_eq!(
            parse_address("127.0.0.1"),
            Some(SocketAddr::from(([127, 0, 0, 1], DEFAULT_PORT)))
        );
        assert_eq!(
            parse_address(" 127.0.0.1:9000 "),
            Some(SocketAddr::from(([127, 0, 0, 1], 9000)))
        );
        assert_eq!(parse_address(""), None);
    }
}
