//! The Analysis panel, driven like a user: pick a target, read its routes
//! and brokers, follow the links, watch the map pick the route out, edit
//! the map and see the analysis catch up.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::Key;
use egui_kittest::kittest::{NodeT, Queryable};
use powermap::edit::Edit;
use powermap::model::{Coalition, Kind, Map, Member, MemberRole, RelationKind};
use ui_support::*;

/// A coalition member (Union) reaches the Ministry only through the
/// Adviser; the Church is on the map but on no route.
fn campaign_map() -> Map {
    let mut map = map_of(
        &[
            ("Union", Kind::Organization, (0.0, 0.0)),
            ("Adviser", Kind::Individual, (300.0, 0.0)),
            ("Ministry", Kind::Target, (600.0, 0.0)),
            ("Church", Kind::Organization, (300.0, 300.0)),
        ],
        &[
            ("Union", "Adviser", RelationKind::Influences),
            ("Adviser", "Ministry", RelationKind::HasAccessTo),
        ],
    );
    let union = map
        .stakeholders()
        .find(|s| s.name == "Union")
        .unwrap()
        .id
        .clone();
    let mut coalition = Coalition::new(map.id_allocator().coalition(), "Campaign");
    coalition.members.push(Member {
        stakeholder: union,
        role: MemberRole::Lead,
    });
    Edit::AddCoalition(coalition).apply(&mut map).unwrap();
    map
}

fn open_analysis(editor: &mut Editor) -> &mut Editor {
    click_label(editor, "Analysis");
    wait_for_text(editor, "member reaches it");
    editor
}

/// The first link with this name: a stakeholder's name in the panel,
/// which a click selects (egui gives links the role of a label).
fn link<'e>(editor: &'e Editor, name: &'e str) -> egui_kittest::Node<'e> {
    editor
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::Label && n.label().as_deref() == Some(name)
        })
        .next()
        .unwrap_or_else(|| panic!("no link {name:?}"))
}

/// Scrolls the first link with this name into view and clicks it.
fn click_link(editor: &mut Editor, name: &str) {
    link(editor, name).scroll_to_me();
    // Let the scroll animation end.
    editor.run_steps(30);
    link(editor, name).click();
    settle(editor);
}

fn faded(editor: &Editor, name: &str) -> bool {
    editor.state().is_faded(&id_of(editor, name))
}

#[test]
fn picking_a_target_lists_its_route_and_broker_and_picks_the_route_out_on_the_map() {
    let mut editor = editor(campaign_map());
    open_analysis(&mut editor);
    click_label(&mut editor, "Ministry · 1 member reaches it");
    assert!(!texts_containing(&editor, "Brokers:").is_empty());
    assert!(!texts_containing(&editor, "Single point of failure:").is_empty());
    // The route is Union → Adviser → Ministry, each a link.
    for name in ["Union", "Adviser", "Ministry"] {
        link(&editor, name);
    }
    settle(&mut editor);
    assert!(!faded(&editor, "Adviser"), "on the route");
    assert!(faded(&editor, "Church"), "off the route, faded");

    // Following a link selects the stakeholder.
    click_link(&mut editor, "Adviser");
    assert_eq!(selected_names(&editor), ["Adviser"]);

    // Another tab in front: the map is whole again.
    click_label(&mut editor, "Stakeholders");
    assert!(!faded(&editor, "Church"));
}

#[test]
fn routes_picked_out_are_said_above_the_table_with_a_way_to_show_everything() {
    let mut editor = editor(campaign_map());
    open_analysis(&mut editor);
    click_label(&mut editor, "Ministry · 1 member reaches it");
    // The Analysis tab stays open while the table comes to the front: its
    // faint rows say why they are faint.
    click_label(&mut editor, "Table");
    settle(&mut editor);
    assert!(faded(&editor, "Church"));
    assert!(
        !texts_containing(&editor, "Routes to Ministry picked out in Analysis").is_empty(),
        "the table says what picks the rows out"
    );
    click_label(&mut editor, "Show everything");
    settle(&mut editor);
    assert!(!faded(&editor, "Church"), "every row in full again");
    assert!(texts_containing(&editor, "picked out in Analysis").is_empty());
}

#[test]
fn a_route_through_an_uncertain_relation_says_so_in_words() {
    let mut map = campaign_map();
    let mut relation = map
        .relations()
        .find(|r| r.kind == RelationKind::Influences)
        .unwrap()
        .clone();
    relation.confidence = powermap::model::Confidence::Uncertain;
    Edit::UpdateRelation(relation).apply(&mut map).unwrap();
    let mut editor = editor(map);
    open_analysis(&mut editor);
    click_label(&mut editor, "Ministry · 1 member reaches it");
    assert!(
        !texts_containing(&editor, "› uncertain ›").is_empty(),
        "Union › uncertain › Adviser"
    );
    assert!(!texts_containing(&editor, "A route marked uncertain").is_empty());
}

#[test]
fn an_edit_that_cuts_the_route_brings_the_analysis_up_to_date() {
    let mut editor = editor(campaign_map());
    open_analysis(&mut editor);
    assert!(!texts_containing(&editor, "Ministry · 1 member reaches it").is_empty());
    click_on(&mut editor, "Adviser");
    press(&mut editor, Key::Delete);
    wait_for_text(&mut editor, "Ministry · no member reaches it");
    assert!(
        !texts_containing(&editor, "Targets no member can reach").is_empty(),
        "and it is listed among the gaps"
    );
}

#[test]
fn a_gap_links_to_the_stakeholders_concerned() {
    let mut editor = editor(campaign_map());
    open_analysis(&mut editor);
    // The Adviser alone stands between the coalition and the Ministry.
    assert!(!texts_containing(&editor, "Ministry is reached only through").is_empty());
    click_link(&mut editor, "Adviser");
    assert_eq!(selected_names(&editor), ["Adviser"]);
}

#[test]
fn people_for_a_job_are_found_by_expertise() {
    let mut map = campaign_map();
    let mut church = map
        .stakeholders()
        .find(|s| s.name == "Church")
        .unwrap()
        .clone();
    church.expertise = vec!["media".to_owned()];
    church.stance = powermap::model::Stance::ActiveAlly;
    Edit::UpdateStakeholder(church).apply(&mut map).unwrap();
    let mut editor = editor(map);
    open_analysis(&mut editor);
    click_label(&mut editor, "Find people for a job");
    let field = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.role() == egui::accesskit::Role::TextInput
            && n.label().as_deref() == Some("Expertise wanted")
    };
    editor.get_by(field).scroll_to_me();
    editor.run_steps(30);
    editor.get_by(field).click();
    settle(&mut editor);
    type_text(&mut editor, "Media");
    press(&mut editor, Key::Enter);
    assert!(!texts_containing(&editor, "media · Active ally").is_empty());
    click_link(&mut editor, "Church");
    assert_eq!(selected_names(&editor), ["Church"]);
}

#[test]
fn the_central_actors_rank_the_broker_first() {
    let mut editor = editor(campaign_map());
    open_analysis(&mut editor);
    click_label(&mut editor, "Central actors");
    let section = editor.get_by_label("Central actors").rect();
    let first = editor
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::Label
                && n.label()
                    .is_some_and(|l| ["Union", "Adviser", "Ministry", "Church"].contains(&&*l))
        })
        .filter(|n| n.rect().top() > section.bottom())
        .min_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .and_then(|n| n.accesskit_node().label())
        .expect("a ranked stakeholder");
    assert_eq!(first, "Adviser", "the Adviser stands between the others");
}

#[test]
fn sizing_by_brokerage_is_told_in_the_legend() {
    let mut editor = editor(campaign_map());
    open_analysis(&mut editor);
    click_label(&mut editor, "Central actors");
    click_label(&mut editor, "Size stakeholders by brokerage (betweenness)");
    press(&mut editor, Key::L);
    assert!(!texts_containing(&editor, "Size: brokerage").is_empty());
    // Sizing stays on with another tab in front: it is a way of looking.
    click_label(&mut editor, "Stakeholders");
    assert!(!texts_containing(&editor, "Size: brokerage").is_empty());
}

#[test]
fn the_analysis_of_the_bundled_example_with_a_target_picked() {
    let map = powermap::file::load_str(powermap::examples::EXAMPLES[0].text).unwrap();
    let mut editor = editor(map);
    open_analysis(&mut editor);
    click_label(
        &mut editor,
        "International Security Council · 3 members reach it",
    );
    snapshot(&mut editor, "analysis_example_target");
}

#[test]
fn the_panel_says_why_a_leadership_core_member_does_not_reach_the_target() {
    let mut map = campaign_map();
    let ids = |map: &Map, name: &str| {
        map.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let mut edits = Vec::new();
    let mut forum = powermap::model::Stakeholder::new(
        map.id_allocator().stakeholder(),
        "Forum des ONG de Bangui",
        Kind::Organization,
    );
    forum.role = powermap::model::Role::LeadershipCore;
    let forum_id = forum.id.clone();
    edits.push(Edit::AddStakeholder(forum));
    edits.push(Edit::AddRelation(powermap::model::Relation::new(
        map.id_allocator().relation(),
        forum_id.clone(),
        ids(&map, "Union"),
        RelationKind::Cooperates,
    )));
    let mut church = map.stakeholder(&ids(&map, "Church")).unwrap().clone();
    church.role = powermap::model::Role::LeadershipCore;
    edits.push(Edit::UpdateStakeholder(church));
    Edit::Batch(edits).apply(&mut map).unwrap();
    let mut coalition = map.coalitions().next().unwrap().clone();
    for id in [forum_id, ids(&map, "Church")] {
        coalition.members.push(Member {
            stakeholder: id,
            role: MemberRole::Member,
        });
    }
    Edit::UpdateCoalition(coalition).apply(&mut map).unwrap();

    let mut editor = editor(map);
    open_analysis(&mut editor);
    wait_for_text(&mut editor, "Ministry · 1 member reaches it");
    click_label(&mut editor, "Ministry · 1 member reaches it");
    wait_for_text(&mut editor, "Leadership core with no route here:");
    assert!(
        !texts_containing(
            &editor,
            "none of its relations carries influence away from it"
        )
        .is_empty()
    );
    assert!(!texts_containing(&editor, "has no relation yet").is_empty());
    assert!(
        texts_containing(&editor, "none of them leads on").is_empty(),
        "Union reaches the Ministry: it is not listed"
    );
}
