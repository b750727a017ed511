//! Live co-editing: laptops in one process over loopback, editing one map
//! at once through the real sessions (Noise over TCP, Automerge sync).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use common::ops::{Op, pick, sid};
use powermap::edit::{Edit, History};
use powermap::live::secure;
use powermap::live::wire::{Hello, Message};
use powermap::live::{JoinCode, JoinError, LiveDoc, RateLimit, Session, SessionOptions};
use powermap::model::history::{Day, Observation, Observed, Subject};
use powermap::model::plan::{Contact, ContactKind, Job};
use powermap::model::{Kind, Map, Position, Stakeholder, StakeholderId, Stance};
use proptest::prelude::*;
use proptest::sample::Index;

const CODE: &str = "K7QM-4PXR-2HTW";
const WAIT: Duration = Duration::from_secs(20);

fn code() -> JoinCode {
    JoinCode::parse(CODE).unwrap()
}

fn options(name: &str) -> SessionOptions {
    SessionOptions {
        name: name.to_owned(),
        reconnect_delay: Duration::from_millis(100),
        ..SessionOptions::default()
    }
}

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// One laptop: its map, its own undo history and its session.
struct Laptop {
    map: Map,
    history: History,
    session: Session,
}

impl Laptop {
    fn host(map: Map, share_confidential: bool) -> Self {
        let doc = LiveDoc::from_map(&map, share_confidential).unwrap();
        let mut options = options("Host");
        options.share_confidential = share_confidential;
        let session = Session::host_on(doc, code(), loopback(), options, Arc::new(|| {})).unwrap();
        Self {
            map,
            history: History::new(),
            session,
        }
    }

    fn join(host: &Laptop, name: &str) -> Self {
        let session = Session::join(
            LiveDoc::empty(false).unwrap(),
            host.session.address(),
            code(),
            options(name),
            Arc::new(|| {}),
        )
        .unwrap();
        Self {
            map: Map::default(),
            history: History::new(),
            session,
        }
    }

    fn edit(&mut self, edit: Edit) {
        self.history.apply(&mut self.map, edit).unwrap();
    }

    fn sync(&mut self) {
        self.session.sync(&mut self.map).unwrap();
    }
}

/// Syncs every laptop until all hold the same map and have told each
/// other so.
fn converge(laptops: &mut [Laptop]) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        for laptop in laptops.iter_mut() {
            laptop.sync();
        }
        let same = laptops.windows(2).all(|pair| pair[0].map == pair[1].map);
        let in_step = laptops.iter().all(|laptop| laptop.session.in_step());
        if same && in_step && laptops.iter().all(|l| !l.session.has_remote_changes()) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the laptops did not converge (same maps: {same}, in step: {in_step}): {:?}",
            laptops
                .iter()
                .map(|l| (
                    l.map.stakeholders_sorted().len(),
                    l.session.connection_count(),
                    l.session.has_remote_changes()
                ))
                .collect::<Vec<_>>()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn new_stakeholder(map: &Map, name: &str) -> Stakeholder {
    Stakeholder::new(map.id_allocator().stakeholder(), name, Kind::Organization)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Any map survives the trip into the live document and back.
    #[test]
    fn a_map_reads_back_from_its_live_document(map in common::map(8), share in any::<bool>()) {
        let doc = LiveDoc::from_map(&map, share).unwrap();
        let (back, refused) = doc.materialize(&map);
        prop_assert!(refused.is_empty(), "{refused:?}");
        prop_assert_eq!(back, map);
    }
}

/// A second window on the same laptop hosts too: the usual port is taken,
/// so its session listens on another, and a guest joins it there.
#[test]
fn a_host_whose_port_is_taken_listens_on_another_and_is_joined_there() {
    let taken = std::net::TcpListener::bind(("0.0.0.0", 0)).unwrap();
    let port = taken.local_addr().unwrap().port();
    let doc = LiveDoc::from_map(&common::sample_map(), false).unwrap();
    let session =
        Session::host_preferring(doc, code(), port, options("Host"), Arc::new(|| {})).unwrap();
    assert_ne!(session.address().port(), port);
    let host = Laptop {
        map: common::sample_map(),
        history: History::new(),
        session,
    };
    let guest = Laptop::join(&host, "Église évangélique de Bangui");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    assert_eq!(laptops[1].map, common::sample_map());
    drop(taken);
}

#[test]
fn joining_loads_the_hosts_map_and_edits_go_both_ways() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Zoé");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, mut guest] = laptops;
    assert_eq!(guest.map, common::sample_map());

    let added = new_stakeholder(&guest.map, "محمد");
    let added_id = added.id.clone();
    guest.edit(Edit::AddStakeholder(added));
    let mut renamed = host.map.stakeholder(&sid("s1")).unwrap().clone();
    renamed.name = "Ministère".to_owned();
    host.edit(Edit::UpdateStakeholder(renamed));
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [host, guest] = laptops;
    assert_eq!(host.map.stakeholder(&added_id).unwrap().name, "محمد");
    assert_eq!(guest.map.stakeholder(&sid("s1")).unwrap().name, "Ministère");
    assert_eq!(host.map, guest.map);
    let names: Vec<String> = host.session.peers().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Host", "Zoé"]);
}

#[test]
fn a_stakeholder_deleted_on_one_laptop_while_edited_on_another_ends_the_same() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, mut guest] = laptops;
    host.edit(Edit::DeleteStakeholder(sid("s2")));
    let mut edited = guest.map.stakeholder(&sid("s2")).unwrap().clone();
    edited.notes = "edited meanwhile".to_owned();
    guest.edit(Edit::UpdateStakeholder(edited));
    let mut laptops = [host, guest];
    converge(&mut laptops);
    assert!(laptops[0].map.stakeholder(&sid("s2")).is_none());
}

#[test]
fn undo_takes_back_only_my_own_change() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, mut guest] = laptops;
    let mine = new_stakeholder(&host.map, "Mine");
    let mine_id = mine.id.clone();
    host.edit(Edit::AddStakeholder(mine));
    let theirs = new_stakeholder(&guest.map, "Theirs");
    let theirs_id = theirs.id.clone();
    guest.edit(Edit::AddStakeholder(theirs));
    assert_ne!(mine_id, theirs_id, "two laptops never hand out the same id");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, guest] = laptops;
    assert!(host.map.stakeholder(&theirs_id).is_some());
    host.history.undo(&mut host.map).unwrap();
    assert!(
        !host.history.can_undo(),
        "the guest's change is not on the host's undo stack"
    );
    let mut laptops = [host, guest];
    converge(&mut laptops);
    for laptop in &laptops {
        assert!(laptop.map.stakeholder(&mine_id).is_none());
        assert!(laptop.map.stakeholder(&theirs_id).is_some());
    }
}

#[test]
fn a_laptop_that_drops_off_keeps_editing_and_converges_when_back() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, mut guest] = laptops;
    guest.session.go_offline();
    assert!(
        guest
            .session
            .wait_until(WAIT, |s| s.connection_count() == 0)
    );
    let offline = new_stakeholder(&guest.map, "Added offline");
    let offline_id = offline.id.clone();
    guest.edit(Edit::AddStakeholder(offline));
    guest.sync();
    let online = new_stakeholder(&host.map, "Added meanwhile");
    let online_id = online.id.clone();
    host.edit(Edit::AddStakeholder(online));
    host.sync();
    assert!(host.map.stakeholder(&offline_id).is_none());
    guest.session.go_online();
    let mut laptops = [host, guest];
    converge(&mut laptops);
    for laptop in &laptops {
        assert!(laptop.map.stakeholder(&offline_id).is_some());
        assert!(laptop.map.stakeholder(&online_id).is_some());
    }
}

#[test]
fn closing_the_host_leaves_everyone_their_copy() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [host, mut guest] = laptops;
    drop(host);
    assert!(
        guest
            .session
            .wait_until(WAIT, |s| s.connection_count() == 0)
    );
    let later = new_stakeholder(&guest.map, "Later");
    guest.edit(Edit::AddStakeholder(later));
    guest.sync();
    assert_eq!(
        guest.map.stakeholder_count(),
        common::sample_map().stakeholder_count() + 1
    );
}

#[test]
fn a_wrong_code_reads_nothing_and_is_refused() {
    let host = Laptop::host(common::sample_map(), false);
    let wrong = JoinCode::parse("K7QM-4PXR-2HTX").unwrap();
    let joined = Session::join(
        LiveDoc::empty(false).unwrap(),
        host.session.address(),
        wrong,
        options("Intruder"),
        Arc::new(|| {}),
    );
    assert!(
        matches!(joined, Err(JoinError::WrongCode(_))),
        "{:?}",
        joined.err()
    );
    assert!(host.session.wait_until(WAIT, |s| !s.take_log().is_empty()));
    assert_eq!(host.session.connection_count(), 0);
}

/// The host removes a laptop: it is disconnected at once, what it edits
/// afterwards never reaches the host, what the host edits never reaches
/// it, and it cannot join again; the others stay in.
#[test]
fn a_peer_the_host_removes_is_cut_off_and_cannot_come_back() {
    let host = Laptop::host(common::sample_map(), false);
    let kept = Laptop::join(&host, "Zoé Ngana");
    let removed = Laptop::join(&host, "Intrus");
    let mut laptops = [removed, host, kept];
    converge(&mut laptops);
    let id = laptops[1]
        .session
        .peers()
        .iter()
        .find(|p| p.name == "Intrus")
        .expect("the host lists the laptop")
        .id;
    laptops[1].session.remove_peer(id);
    assert!(
        laptops[1]
            .session
            .wait_until(WAIT, |s| s.connection_count() == 1),
        "the removed laptop is still connected"
    );
    let theirs = new_stakeholder(&laptops[0].map, "منتدى وكالات الإغاثة");
    laptops[0].edit(Edit::AddStakeholder(theirs.clone()));
    let ours = new_stakeholder(&laptops[1].map, "Église évangélique de Bangui");
    laptops[1].edit(Edit::AddStakeholder(ours.clone()));
    // The host and the laptop kept in still edit together.
    converge(&mut laptops[1..]);
    let deadline = std::time::Instant::now() + Duration::from_secs(2);
    while std::time::Instant::now() < deadline {
        laptops[0].sync();
        std::thread::sleep(Duration::from_millis(20));
    }
    for laptop in &laptops[1..] {
        assert!(laptop.map.stakeholder(&ours.id).is_some());
        assert!(
            laptop.map.stakeholder(&theirs.id).is_none(),
            "an edit of the removed laptop came in"
        );
    }
    assert!(
        laptops[0].map.stakeholder(&ours.id).is_none(),
        "the removed laptop still hears the host"
    );
    assert_eq!(laptops[0].session.connection_count(), 0);
    let again = Session::join(
        LiveDoc::empty(false).unwrap(),
        laptops[1].session.address(),
        code(),
        options("Intrus"),
        Arc::new(|| {}),
    );
    assert!(again.is_err(), "the removed laptop joined again");
    assert_eq!(laptops[1].session.connection_count(), 1);
}

#[test]
fn wrong_codes_are_rate_limited() {
    let map = common::sample_map();
    let doc = LiveDoc::from_map(&map, false).unwrap();
    let mut options = options("Host");
    options.rate_limit = RateLimit {
        failures: 2,
        window: Duration::from_secs(60),
        lockout: Duration::from_secs(60),
    };
    let host = Session::host_on(doc, code(), loopback(), options, Arc::new(|| {})).unwrap();
    let wrong = JoinCode::parse("K7QM-4PXR-2HTX").unwrap();
    let try_code = |code: JoinCode| {
        Session::join(
            LiveDoc::empty(false).unwrap(),
            host.address(),
            code,
            self::options("Guest"),
            Arc::new(|| {}),
        )
    };
    for _ in 0..2 {
        assert!(matches!(
            try_code(wrong.clone()),
            Err(JoinError::WrongCode(_))
        ));
    }
    // Locked out now: even the right code is refused from this address.
    std::thread::sleep(Duration::from_millis(400));
    assert!(try_code(code()).is_err());
}

#[test]
fn confidential_notes_stay_home_unless_the_host_allows() {
    let mut map = common::sample_map();
    let mut secret = map.stakeholder(&sid("s1")).unwrap().clone();
    secret.confidential_notes = "the minister's mobile number".to_owned();
    Edit::UpdateStakeholder(secret).apply(&mut map).unwrap();

    let host = Laptop::host(map.clone(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    for laptop in &mut laptops {
        laptop.sync();
    }
    assert!(laptops[1].session.wait_until(WAIT, Session::in_step));
    laptops[1].sync();
    let [host, guest] = laptops;
    assert_eq!(
        guest
            .map
            .stakeholder(&sid("s1"))
            .unwrap()
            .confidential_notes,
        ""
    );
    assert!(!String::from_utf8_lossy(&guest.session.save_state()).contains("mobile"));
    assert_eq!(
        host.map.stakeholder(&sid("s1")).unwrap().confidential_notes,
        "the minister's mobile number",
        "the host keeps its own notes"
    );

    let host = Laptop::host(map, true);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    assert_eq!(
        laptops[1]
            .map
            .stakeholder(&sid("s1"))
            .unwrap()
            .confidential_notes,
        "the minister's mobile number"
    );
}

#[test]
fn a_laptop_that_rejoins_with_its_saved_state_merges_instead_of_duplicating() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, guest] = laptops;
    let saved_state = guest.session.save_state();
    let saved_map = guest.map.clone();
    drop(guest);
    host.edit(Edit::Move(vec![(sid("s1"), Position::new(1.0, 2.0))]));
    host.sync();
    let session = Session::join(
        LiveDoc::load(&saved_state, false).unwrap(),
        host.session.address(),
        code(),
        options("Guest again"),
        Arc::new(|| {}),
    )
    .unwrap();
    let guest = Laptop {
        map: saved_map,
        history: History::new(),
        session,
    };
    let mut laptops = [host, guest];
    converge(&mut laptops);
    assert_eq!(
        laptops[1].map.stakeholder_count(),
        common::sample_map().stakeholder_count()
    );
    assert_eq!(
        laptops[1].map.stakeholder(&sid("s1")).unwrap().position,
        Position::new(1.0, 2.0)
    );
}

/// A change one laptop makes: the map's own (any edit the editor can
/// make) or one of the history and the plan.
#[derive(Clone, Debug)]
enum LiveOp {
    Map(Box<Op>),
    /// What a stakeholder's power was on a day, and where that is known from.
    Observe(Index, u8, u8, bool),
    /// A job owned by a stakeholder.
    Job(Index, String),
    /// A contact logged with a stakeholder, confidential or not.
    Contact(Index, bool),
}

impl LiveOp {
    fn edit(&self, map: &Map) -> Option<Edit> {
        let stakeholders = map.stakeholders_sorted();
        let someone = |index: &Index| pick(&stakeholders, *index).map(|s| s.id.clone());
        Some(match self {
            LiveOp::Map(op) => op.edit(map)?,
            LiveOp::Observe(index, power, day, confidential) => {
                observe(someone(index)?, *power, *day, *confidential)
            }
            LiveOp::Job(index, title) => job(map, someone(index)?, title),
            LiveOp::Contact(index, confidential) => contact(map, someone(index)?, *confidential),
        })
    }
}

fn observe(of: StakeholderId, power: u8, day: u8, confidential: bool) -> Edit {
    let date = Day::new(2026, 1 + u32::from(day % 12), 1 + u32::from(day % 28)).unwrap();
    let mut observation =
        Observation::new(Subject::Stakeholder(of), date, Observed::Power(power % 6));
    observation.source = format!("réunion n°{day}");
    observation.confidential = confidential;
    Edit::Observe(Box::new(observation))
}

fn job(map: &Map, owner: StakeholderId, title: &str) -> Edit {
    let mut job = Job::new(map.id_allocator().job(), title);
    job.owner = Some(owner);
    Edit::AddJob(Box::new(job))
}

fn contact(map: &Map, with: StakeholderId, confidential: bool) -> Edit {
    let mut contact = Contact::new(
        map.id_allocator().contact(),
        Subject::Stakeholder(with),
        Day::new(2026, 11, 30).unwrap(),
        ContactKind::Met,
    );
    "联合国难民理事会".clone_into(&mut contact.note);
    contact.confidential = confidential;
    Edit::LogContact(Box::new(contact))
}

fn live_op() -> impl Strategy<Value = LiveOp> {
    prop_oneof![
        6 => common::ops::op().prop_map(|op| LiveOp::Map(Box::new(op))),
        1 => (any::<Index>(), any::<u8>(), any::<u8>(), any::<bool>())
            .prop_map(|(i, p, d, c)| LiveOp::Observe(i, p, d, c)),
        1 => (any::<Index>(), "[a-zé ]{1,12}").prop_map(|(i, t)| LiveOp::Job(i, format!("job {t}"))),
        1 => (any::<Index>(), any::<bool>()).prop_map(|(i, c)| LiveOp::Contact(i, c)),
    ]
}

/// The map without what stays on one laptop: confidential notes,
/// sources and contacts, and the counter of ids it hands out (a laptop's
/// own contacts move it on, there only).
fn shared_part(map: &Map) -> String {
    let mut shared = map.clone();
    let plan = map.plan().clone();
    for contact in plan.contacts().filter(|c| c.confidential) {
        Edit::DeleteContact(contact.id.clone())
            .apply(&mut shared)
            .unwrap();
    }
    for stakeholder in map.stakeholders_sorted() {
        if !stakeholder.confidential_notes.is_empty() {
            let mut without = stakeholder.clone();
            without.confidential_notes.clear();
            Edit::UpdateStakeholder(without).apply(&mut shared).unwrap();
        }
    }
    for observation in map.timeline().observations().filter(|o| o.confidential) {
        let mut without = observation.clone();
        without.source.clear();
        Edit::Observe(Box::new(without)).apply(&mut shared).unwrap();
    }
    let text = powermap::file::to_ron_string(&shared).unwrap();
    text.lines()
        .filter(|line| !line.trim_start().starts_with("next_id:"))
        .collect::<Vec<_>>()
        .join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    /// Three laptops each make their own changes at the same time, round
    /// after round, syncing as they go; in the end all hold one map, and
    /// that map saves and opens again.
    #[test]
    fn random_concurrent_edits_on_three_laptops_converge(
        rounds in prop::collection::vec(prop::collection::vec(prop::collection::vec(live_op(), 0..4), 3), 1..4)
    ) {
        let host = Laptop::host(common::sample_map(), false);
        let first = Laptop::join(&host, "Amina");
        let second = Laptop::join(&host, "Li Wei");
        let mut laptops = [host, first, second];
        converge_shared(&mut laptops);
        for round in &rounds {
            for (laptop, ops) in laptops.iter_mut().zip(round) {
                for op in ops {
                    if let Some(edit) = op.edit(&laptop.map) {
                        let _ = laptop.history.apply(&mut laptop.map, edit);
                    }
                }
            }
            for laptop in &mut laptops {
                laptop.sync();
            }
        }
        converge_shared(&mut laptops);
        for laptop in &laptops {
            prop_assert_eq!(powermap::file::reopen_problem(&laptop.map), None);
        }
    }
}

/// The lines where the laptops' maps differ from the first one's.
fn differences(maps: &[String]) -> String {
    let mut out = String::new();
    for (n, other) in maps.iter().enumerate().skip(1) {
        for (a, b) in maps[0].lines().zip(other.lines()) {
            if a != b {
                let _ = write!(out, "\nlaptop 0: {a}\nlaptop {n}: {b}");
            }
        }
    }
    out
}

/// As [`converge`], for maps that may hold what stays on each laptop.
fn converge_shared(laptops: &mut [Laptop]) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        for laptop in laptops.iter_mut() {
            laptop.sync();
        }
        let shared: Vec<String> = laptops.iter().map(|l| shared_part(&l.map)).collect();
        let same = shared.windows(2).all(|pair| pair[0] == pair[1]);
        let in_step = laptops.iter().all(|laptop| laptop.session.in_step());
        if same && in_step && laptops.iter().all(|l| !l.session.has_remote_changes()) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the laptops did not converge (same: {same}, in step: {in_step}): {}",
            differences(&shared)
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn changes_to_different_fields_of_one_stakeholder_both_survive() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, mut guest] = laptops;
    let mut renamed = host.map.stakeholder(&sid("s1")).unwrap().clone();
    renamed.name = "منتدى وكالات الإغاثة".to_owned();
    host.edit(Edit::UpdateStakeholder(renamed));
    let mut moved = guest.map.stakeholder(&sid("s1")).unwrap().clone();
    moved.stance = Stance::ActiveAlly;
    moved.power = 5;
    guest.edit(Edit::UpdateStakeholder(moved));
    let mut laptops = [host, guest];
    converge(&mut laptops);
    for laptop in &laptops {
        let s1 = laptop.map.stakeholder(&sid("s1")).unwrap();
        assert_eq!(s1.name, "منتدى وكالات الإغاثة");
        assert_eq!((s1.stance, s1.power), (Stance::ActiveAlly, 5));
    }
}

#[test]
fn the_same_field_changed_on_two_laptops_ends_the_same_on_both() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    for (laptop, name) in laptops.iter_mut().zip(["Église évangélique", "教会"]) {
        let mut renamed = laptop.map.stakeholder(&sid("s1")).unwrap().clone();
        renamed.name = name.to_owned();
        laptop.edit(Edit::UpdateStakeholder(renamed));
    }
    converge(&mut laptops);
    let name = &laptops[0].map.stakeholder(&sid("s1")).unwrap().name;
    assert!(["Église évangélique", "教会"].contains(&name.as_str()));
}

#[test]
fn the_history_and_the_plan_travel_and_confidential_contacts_stay_home() {
    let host = Laptop::host(common::sample_map(), false);
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    let [mut host, mut guest] = laptops;
    host.edit(observe(sid("s1"), 4, 3, true));
    guest.edit(job(&guest.map, sid("s2"), "Brief for the Council"));
    host.edit(contact(&host.map, sid("s1"), true));
    guest.edit(contact(&guest.map, sid("s2"), false));
    let mut laptops = [host, guest];
    converge_shared(&mut laptops);
    let [host, guest] = laptops;
    assert_eq!(guest.map.timeline().observation_count(), 1);
    let seen = guest.map.timeline().observations().next().unwrap();
    assert_eq!(seen.source, "", "a confidential source stays home");
    assert_eq!(
        host.map.timeline().observations().next().unwrap().source,
        "réunion n°3"
    );
    assert_eq!(host.map.plan().jobs().count(), 1);
    assert_eq!(host.map.plan().contacts().count(), 2);
    assert_eq!(guest.map.plan().contacts().count(), 1);
    assert!(!guest.map.plan().contacts().any(|c| c.confidential));
    assert!(!String::from_utf8_lossy(&guest.session.save_state()).contains("n°3"));
}

#[test]
fn garbage_from_a_peer_is_refused_logged_and_changes_nothing() {
    let host = Laptop::host(common::sample_map(), false);
    // Not even the handshake: bytes at random.
    let mut raw = std::net::TcpStream::connect(host.session.address()).unwrap();
    std::io::Write::write_all(&mut raw, &[0xff; 300]).unwrap();
    drop(raw);
    // The right code, then messages that are not Powermap's.
    for garbage in [
        vec![0u8; 0],
        vec![9, 1, 2, 3],
        Message::Sync(vec![0x42, 0xde, 0xad]).encode(),
        Message::Hello(Hello {
            name: "again".to_owned(),
        })
        .encode(),
    ] {
        let stream = std::net::TcpStream::connect(host.session.address()).unwrap();
        let (mut sender, mut receiver) = secure::connect(stream, &code().key()).unwrap();
        let hello = Message::Hello(Hello {
            name: "Mallory".to_owned(),
        });
        sender.send(&hello.encode()).unwrap();
        let _welcome = receiver.receive().unwrap();
        let _ = sender.send(&garbage);
        // The host answers with its sync and then drops us, or ignores it.
        while receiver.receive().is_ok() {
            if garbage.first() == Some(&1) {
                break;
            }
        }
    }
    assert!(host.session.wait_until(WAIT, |s| s.connection_count() == 0));
    let log = host.session.take_log();
    assert!(log.len() >= 3, "{log:#?}");
    let mut host = host;
    host.sync();
    assert_eq!(host.map, common::sample_map());
    // And the session still serves those who belong.
    let guest = Laptop::join(&host, "Guest");
    let mut laptops = [host, guest];
    converge(&mut laptops);
    assert_eq!(laptops[1].map, common::sample_map());
}

/// What a person looks at goes through the host to everyone; an old
/// laptop that says nothing of its view is listed with none.
#[test]
fn where_each_one_looks_reaches_everyone_through_the_host() {
    use powermap::live::{Looking, NetworkCamera, ShownView};
    let host = Laptop::host(common::sample_map(), false);
    let amina = Laptop::join(&host, "Amina");
    let projector = Laptop::join(&host, "Projecteur");
    let mut laptops = [host, amina, projector];
    converge(&mut laptops);
    let [host, amina, projector] = laptops;
    let looking = Looking {
        view: ShownView::Spectrum,
        camera: Some(NetworkCamera {
            centre: [-12.0, 300.5],
            zoom: 0.5,
        }),
    };
    amina
        .session
        .set_presence(&["s1".to_owned()], Some(looking));
    let amina_seen = |session: &Session| {
        session
            .peers()
            .into_iter()
            .find(|p| p.name == "Amina")
            .and_then(|p| p.view)
    };
    assert!(
        projector
            .session
            .wait_until(WAIT, |s| amina_seen(s) == Some(looking))
    );
    assert_eq!(amina_seen(&host.session), Some(looking));
    // A guest that never said where it looks is listed with no view.
    assert!(
        projector
            .session
            .peers()
            .into_iter()
            .find(|p| p.name == "Projecteur")
            .is_some_and(|p| p.view.is_none())
    );
    // The host's own view goes out too.
    let grid = Looking {
        view: ShownView::Grid,
        camera: None,
    };
    host.session.set_presence(&[], Some(grid));
    assert!(projector.session.wait_until(WAIT, |s| {
        s.peers().first().and_then(|p| p.view) == Some(grid)
    }));
}

/// `powermap sync` against a host that takes the code and then sends
/// nothing: it gives up once nothing came for 30 s (the wait counts from
/// the last bytes received), says so and writes nothing.
#[test]
fn powermap_sync_gives_up_on_a_host_that_sends_nothing_and_writes_nothing() {
    let listener = std::net::TcpListener::bind(loopback()).unwrap();
    let address = listener.local_addr().unwrap();
    let silent = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let (mut sender, mut receiver) = secure::accept(stream, &code().key()).unwrap();
        let hello = Message::decode(&receiver.receive().unwrap()).unwrap();
        assert!(matches!(hello, Message::Hello(_)), "{hello:?}");
        let welcome = powermap::live::wire::Welcome {
            host: "Église évangélique de Bangui".to_owned(),
            share_confidential: false,
            you: 1,
        };
        sender.send(&Message::Welcome(welcome).encode()).unwrap();
        // Says nothing more, and keeps the connection open until it closes.
        while receiver.receive().is_ok() {}
    });
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("联合国难民理事会.ron");
    let started = std::time::Instant::now();
    let synced = std::process::Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args(["sync", &address.to_string(), "--code", CODE, "-o"])
        .arg(&out)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&synced.stderr);
    assert_eq!(synced.status.code(), Some(1), "{said}");
    assert!(said.contains("sent nothing more for 30 seconds"), "{said}");
    assert!(started.elapsed() >= Duration::from_secs(30));
    assert!(!out.exists());
    silent.join().unwrap();
}

/// `powermap sync` with a wrong code: refused, exit 1, a message naming the
/// code, nothing written; and with nobody at the address: the same.
#[test]
fn powermap_sync_with_a_wrong_code_or_nobody_there_writes_nothing() {
    let host = Laptop::host(common::sample_map(), false);
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("Comité de médiation.ron");
    let sync = |address: &str, code: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_powermap"))
            .args(["sync", address, "--code", code, "-o"])
            .arg(&out)
            .output()
            .unwrap()
    };
    let wrong = sync(&host.session.address().to_string(), "K7QM-4PXR-2HTX");
    let said = String::from_utf8_lossy(&wrong.stderr);
    assert_eq!(wrong.status.code(), Some(1), "{said}");
    assert!(said.to_lowercase().contains("code"), "{said}");
    assert!(!out.exists());
    // Nobody listens on a port that was just given up.
    let free = std::net::TcpListener::bind(loopback()).unwrap();
    let nobody = free.local_addr().unwrap().to_string();
    drop(free);
    let none = sync(&nobody, CODE);
    let said = String::from_utf8_lossy(&none.stderr);
    assert_eq!(none.status.code(), Some(1), "{said}");
    assert!(said.contains(&nobody), "{said}");
    assert!(!out.exists());
}

/// `powermap serve` on a map, killed (no chance to say goodbye) after a
/// laptop's edit came in: the file it saved holds the edit and opens; a
/// `serve` started again on it, with its sidecar, gives a laptop joining
/// afresh the whole map, the edit once.
#[test]
fn a_killed_host_loses_nothing_it_had_saved() {
    let serve = |path: &std::path::Path| {
        let (running, port) = common::process::serve(path, CODE);
        (running, SocketAddr::from(([127, 0, 0, 1], port)))
    };
    let join = |address: SocketAddr, name: &str| Laptop {
        map: Map::default(),
        history: History::new(),
        session: Session::join(
            LiveDoc::empty(false).unwrap(),
            address,
            code(),
            options(name),
            Arc::new(|| {}),
        )
        .unwrap(),
    };
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("联合国难民理事会.ron");
    let start = common::sample_map();
    powermap::file::save_file(&start, &path).unwrap();

    let (host, address) = serve(&path);
    let mut laptop = join(address, "Zoé Ngana");
    let deadline = std::time::Instant::now() + WAIT;
    while laptop.map.stakeholder_count() < start.stakeholder_count() {
        assert!(std::time::Instant::now() < deadline, "the map never came");
        laptop.sync();
        std::thread::sleep(Duration::from_millis(20));
    }
    let added = new_stakeholder(&laptop.map, "Église évangélique de Bangui");
    laptop.edit(Edit::AddStakeholder(added.clone()));
    laptop.sync();
    let deadline = std::time::Instant::now() + WAIT;
    while powermap::file::load_file(&path)
        .map_or(true, |saved| saved.stakeholder(&added.id).is_none())
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the host never saved the edit"
        );
        laptop.sync();
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(host);
    drop(laptop);

    let saved = powermap::file::load_file(&path).unwrap();
    assert_eq!(saved.stakeholder_count(), start.stakeholder_count() + 1);
    let (_again, address) = serve(&path);
    let mut fresh = join(address, "محمد علي");
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        fresh.sync();
        if fresh.map.stakeholder(&added.id).is_some() && fresh.session.in_step() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the map did not come back whole"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(fresh.map.stakeholder_count(), start.stakeholder_count() + 1);
    assert_eq!(
        fresh.map.stakeholder(&added.id).unwrap().name,
        "Église évangélique de Bangui"
    );
}
